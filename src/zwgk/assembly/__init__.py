"""The assembly every reader shares: from pieces of text to tasks.

Readers hand over what they know of the geometry — lines, cells with
their spans, bare text.  The assembly types every piece with the language
core (:mod:`zwgk.lang`) and builds the plan by one decision over the whole
document: the numbering its labels form (:mod:`.labels`), the fields each
task's body holds (:mod:`.fields`), and — where a layout's cell positions
give a reading too — whichever of the two the grammar of plans finds more
plausible (:mod:`.choose`, :mod:`.score`).
"""

from zwgk.assembly.choose import Choice, build_plan, choose, document_lines
from zwgk.assembly.plan import NOTICE_ONLY, assemble_lines
from zwgk.assembly.score import plausibility

__all__ = [
    "NOTICE_ONLY",
    "Choice",
    "assemble_lines",
    "build_plan",
    "choose",
    "document_lines",
    "plausibility",
]
