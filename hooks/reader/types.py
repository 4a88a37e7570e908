"""Distinct names for the kinds of string that travel through the pipeline."""
from typing import NewType

DocId = NewType("DocId", str)  # a seed's file stem, e.g. "fuller-2013-azerbaijan-foreign-policy"
PageUri = NewType("PageUri", str)  # a generated page's path in the docs tree, e.g. "texts/x.md"
ParaId = NewType("ParaId", str)  # a paragraph's permalink id, e.g. "p-12"


def para_id(n: int) -> ParaId:
    """The permalink id of paragraph number n."""
    return ParaId(f"p-{n}")
