"""mkdocs-macros adapter: the functions hand-written pages may call. The logic lives in the core."""


def define_env(env):
    """Register macros (filled in by the glossary/actor issue)."""
