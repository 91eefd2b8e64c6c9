"""Language resources: one sub-package per language (``en``, ``ru``), each a set of data modules."""
