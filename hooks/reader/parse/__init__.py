"""Parse stage: seed text -> document model."""
from .document import parse_seed

__all__ = ["parse_seed"]
