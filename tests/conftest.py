"""Shared test configuration: the hypothesis profile and ``tests/`` on ``sys.path`` for ``strategies``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Modest by default (the suite runs on shared machines); HYPOTHESIS_PROFILE=thorough for a deeper run.
settings.register_profile("default", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
