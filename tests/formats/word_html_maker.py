"""Write a DOCX file's content as Word writes it when saved as a web page.

The markup follows what Word (2010-2019) writes for 另存为网页: the Office
namespaces and ``Generator`` meta, document settings in a conditional
comment, ``WordSection1``, ``MsoTableGrid`` tables with ``rowspan``/
``colspan`` and a ``supportMisalignedColumns`` row, every cell paragraph a
``<p class=MsoNormal>`` closed by ``<o:p>``, numbered paragraphs as
``MsoListParagraph`` with the number in a ``mso-list:Ignore`` span inside
``<![if !supportLists]>``, a comment list at the end, GB2312 encoding.  The
paragraphs and cells are those the DOCX reader finds (with Word's numbers).
"""

from __future__ import annotations

import html
import re

from zwgk.document import Block, Grid
from zwgk_plugins.docx_format import read_docx_document

_LABEL = re.compile(
    r"^((?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十]+[）)])|(?:\d+[.、．]))"
)

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;
   font-family:等线;}
 p.MsoListParagraph {margin-left:21.0pt; text-indent:21.0pt;}
 @list l0:level1 {mso-level-text:"%1\\.";}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
"""

TAIL = """<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff
align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt
language=JS><p class=MsoCommentText>请办公室核对时限<o:p></o:p></p></div><![endif]></div>
</div>
</div>
</body>
</html>
"""


def _para(text: str) -> str:
    m = _LABEL.match(text)
    if m is None:
        body = html.escape(text)
        return f"<p class=MsoNormal><span style='font-family:仿宋'>{body}<o:p></o:p></span></p>"
    label, rest = m.group(1), text[m.end() :]
    return (
        "<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;"
        "mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US "
        f"style='mso-bidi-font-family:等线'><span style='mso-list:Ignore'>{html.escape(label)}"
        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span>"
        f"<![endif]><span style='font-family:仿宋'>{html.escape(rest)}<o:p></o:p></span></p>"
    )


def _table(grid: Grid) -> str:
    rows: dict[int, list[str]] = {}
    for c in sorted(grid.cells, key=lambda c: (c.row, c.col)):
        spans = (f" rowspan={c.rowspan}" if c.rowspan > 1 else "") + (
            f" colspan={c.colspan}" if c.colspan > 1 else ""
        )
        inner = "".join(_para(line) for line in c.text.split("\n")) or (
            "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        )
        rows.setdefault(c.row, []).append(
            f"<td width=120 valign=top{spans} style='border:solid windowtext 1.0pt;"
            f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>{inner}</td>"
        )
    body = "".join(
        f"<tr style='mso-yfti-irow:{r}'>" + "".join(cells) + "</tr>\n"
        for r, cells in sorted(rows.items())
    )
    filler = "".join("<td width=120 style='border:none'></td>" for _ in range(grid.n_cols))
    return (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
        "style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>\n"
        + body
        + f"<![if !supportMisalignedColumns]><tr height=0>{filler}</tr><![endif]>\n</table>\n"
    )


def docx_to_word_html(docx: bytes) -> bytes:
    """The web page Word would save for this DOCX file, GB2312-encoded."""
    document = read_docx_document(docx)
    out = [HEAD]
    for part in document.parts:
        if isinstance(part, Block):
            out.append(_para(part.text) + "\n")
        else:
            out.append(_table(part))
    out.append("<p class=MsoNormal><span style='display:none;mso-hide:all'>隐藏的修订说明</span>"
               "<o:p>&nbsp;</o:p></p>\n")  # fmt: skip
    out.append(TAIL)
    return "".join(out).encode("gb18030")
