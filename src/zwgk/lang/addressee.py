"""Who a responsibility addresses: an office by name, by abbreviation, or by its kind.

A parent plan rarely names the office that writes the child plan in full:
it writes ``市市场监管局`` for 江门市市场监督管理局, or addresses a whole kind
of office at once (``市直各部门``, ``各县（市、区）``, ``各有关单位``,
``各镇街``).  :func:`office_kind` says which kind an issuer is,
:func:`name_variants` the names it goes by, and :func:`addresses` whether a
unit written in a responsibility addresses it.

>>> office_kind("江门市市场监督管理局")
<OfficeKind.DEPARTMENT: 'department'>
>>> office_kind("台山市人民政府办公室")
<OfficeKind.LOCAL_GOVERNMENT: 'local-government'>
>>> addresses("市市场监管局", "江门市市场监督管理局")
'name'
>>> addresses("市直各部门", "江门市市场监督管理局")
'kind'
>>> addresses("各县（市、区）人民政府", "江门市市场监督管理局") is None
True
"""

from __future__ import annotations

import enum
import functools
import re

from zwgk.lang.normalize import normalize

__all__ = ["OfficeKind", "addresses", "assisted_unit", "name_variants", "office_kind"]


class OfficeKind(enum.Enum):
    """The kinds of office a plan addresses collectively."""

    DEPARTMENT = "department"
    """A government department or unit (局, 委, 办, 中心, 科, …)."""
    LOCAL_GOVERNMENT = "local-government"
    """A lower government: a county, district or city of a province."""
    TOWN = "town"
    """A town or street office (镇, 街道, 乡)."""


# Collective addressees: the words that address every office of a kind.
_COLLECTIVE: tuple[tuple[str, frozenset[OfficeKind]], ...] = (
    (
        r"各镇街|各镇（街道）|各镇\(街道\)|各镇、街道|各乡镇|各街道|各镇人民政府",
        frozenset({OfficeKind.TOWN}),
    ),
    (
        r"各县（市、区）|各县\(市、区\)|各市（区）|各县区|各县市区|各区|各县|各设区市|各市、县|各地",
        frozenset({OfficeKind.LOCAL_GOVERNMENT}),
    ),
    (
        r"[市省县区]直各(?:有关|相关)?(?:部门|单位)|[市省县区]直(?:有关|相关)部门|[市省县区]政府各部门"
        r"|各(?:有关|相关)?(?:部门|单位)|各级各部门|[市省县区]有关单位|有关部门",
        frozenset({OfficeKind.DEPARTMENT}),
    ),
)

# Long forms and the short forms plans write for them.
_SHORT = (
    ("监督管理", "监管"),
    ("住房和城乡建设", "住建"),
    ("住房城乡建设", "住建"),
    ("人力资源和社会保障", "人社"),
    ("发展和改革", "发改"),
    ("卫生健康", "卫健"),
    ("政务服务数据管理", "政数"),
    ("人民政府办公室", "政府办"),
    ("人民政府办公厅", "政府办公厅"),
    ("人民政府", "政府"),
    ("委员会", "委"),
    ("办公室", "办"),
)

_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|县|区)(?=[\u4e00-\u9fff（(]{2})")


def _key(text: str) -> str:
    return "".join(ch for ch in normalize(text) if ch.isalnum() or ch in "（）()、").casefold()


def office_kind(issuer: str) -> OfficeKind:
    """The kind of office ``issuer`` names (a department unless it is a government)."""
    key = _key(issuer)
    if re.search(r"(?:镇|街道|乡)(?:人民政府|办事处)?(?:办公室|党政办)?$", key):
        return OfficeKind.TOWN
    if re.search(r"(?:县|区|市|州|盟|旗)人民政府(?:办公室|办公厅)?$", key):
        return OfficeKind.LOCAL_GOVERNMENT
    return OfficeKind.DEPARTMENT


@functools.lru_cache(maxsize=4096)
def name_variants(name: str) -> frozenset[str]:
    """The names an office goes by: in full, without its place, and shortened.

    >>> sorted(name_variants("江门市发展和改革局"))
    ['发展和改革局', '发改局', '市发展和改革局', '市发改局', '江门市发展和改革局', '江门市发改局']
    """
    key = _key(name)
    out = {key}
    place = _PLACE.match(key)
    if place:
        rest = key[place.end() :]
        level = place.group(0)[-1]
        out |= {rest, level + rest}
    for long, short in _SHORT:
        out |= {v.replace(long, short) for v in out if long in v}
    return frozenset(v for v in out if len(v) >= 2)


def addresses(unit: str, issuer: str) -> str | None:
    """How ``unit`` (as written in a responsibility) addresses ``issuer``.

    ``"name"`` when it names it (in full or abbreviated), ``"kind"`` when it
    addresses every office of its kind, ``None`` when it does not address it.
    """
    if not unit.strip() or not issuer.strip():
        return None
    if name_variants(unit) & name_variants(issuer):
        return "name"
    key = _key(unit)
    kind = office_kind(issuer)
    for pattern, kinds in _COLLECTIVE:
        if kind in kinds and re.search(pattern, key):
            return "kind"
    return None


_ASSISTS = re.compile(
    r"^(?:配合|协助|协同|协办)((?:[^，。；,;]{1,16}?)(?:局|委|办|中心|厅|部|院|室|科|所|政府))"
)
_FOLLOWS = re.compile(
    r"^按(?:照)?((?:[^，。；,;]{1,16}?)(?:局|委|办|中心|厅|部|院|室|科|所|政府))(?:的)?(?:要求|部署|安排)"
)


def assisted_unit(text: str) -> str | None:
    """The unit a task's own text says its office assists or follows, if any.

    >>> assisted_unit("配合市发改局及时公开建设高标准市场体系行动方案的落实举措。")
    '市发改局'
    >>> assisted_unit("按市卫生健康局要求做好爱国卫生运动等相关工作的信息公开。")
    '市卫生健康局'
    >>> assisted_unit("做好规划公开。") is None
    True
    """
    head = normalize(text).strip()
    found = _ASSISTS.match(head) or _FOLLOWS.match(head)
    return found.group(1) if found else None
