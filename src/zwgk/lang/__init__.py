"""The language of plans: pure functions over Chinese plan text.

Numerals and heading labels, normalisation for matching, responsibility
clauses (units and roles), deadline expressions, and document metadata.
Every reader, the diff and the checks rely on these; none of them knows a
file format.
"""

__all__: list[str] = []
