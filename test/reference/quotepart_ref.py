#!/usr/bin/env python3
"""Independent reference implementation of the QuotePart workbook contract (v1.1).

Written from /work/shared/workbook-contract.md alone, in Python 3.11 standard library,
with exact rational arithmetic (fractions.Fraction) for every amount, share and weight.
It exists so that the TypeScript engine can be checked against a second, independent
reading of the contract (test/reference/differential.test.ts). Section 6 (v1.1: stricter
reading, support services and their ventilation, Paliers, coalitions, Historique) was
added from the contract text alone, without reading the engine's v1.1 code. Problems that
come from §6 rules carry `"_v11": <part>` so that the comparer can check their location.

Usage:
    python3 quotepart_ref.py [FILE]     # FILE (or stdin) holds one RawWorkbook JSON
                                        # object, or a JSON array of them
Output (stdout): the contract §5 JSON document (or an array of them, same order).

Input shape (the engine's RawWorkbook):
    {"sheetNames": [...], "tables": [{"name", "sheet", "source": "table"|"sheet",
     "headerRow", "firstColumn", "headers": [...], "rows": [[...]], "rowNumbers"?}]}
Cells: null | string | number | boolean | {"kind":"date","iso"} | {"kind":"error","code"}.

Choices where the contract is silent or ambiguous are marked "CHOICE" below, each
quoting the sentence it interprets.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sys
import unicodedata
from fractions import Fraction
from typing import Any, Optional

ZERO = Fraction(0)
ONE = Fraction(1)

# Test of the test only: QP_REF_MUTATION=<name> plants one deliberate error in the
# reference, to measure which share of random seeds the differential test needs to
# notice it (see mutationScore.ts). Never set in normal runs.
MUTATION = __import__('os').environ.get('QP_REF_MUTATION', '')

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def norm(value: Any) -> str:
    """Name matching key: case, accents, spaces and underscores ignored, ’ = '.

    Contract §1: "Names are matched ignoring case, accents, spaces and underscores,
    and ’ = '". CHOICE: every Unicode white space counts as a space.
    """
    if value is None:
        return ''
    text = value if isinstance(value, str) else cell_text(value)
    text = unicodedata.normalize('NFD', text)
    text = ''.join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace('\u2019', "'").lower()
    return ''.join(ch for ch in text if not ch.isspace() and ch != '_')


def cell_text(cell: Any) -> str:
    """Text of a cell as a user would read it (for names and messages)."""
    if cell is None:
        return ''
    if isinstance(cell, bool):
        return 'VRAI' if cell else 'FAUX'
    if isinstance(cell, Fraction):
        return exact_decimal(cell, 0)
    if isinstance(cell, dict):
        return str(cell.get('iso') if cell.get('kind') == 'date' else cell.get('code'))
    return str(cell)


def is_blank(cell: Any) -> bool:
    """An empty cell. CHOICE: a text cell holding only white space is blank too."""
    return cell is None or (isinstance(cell, str) and cell.strip() == '')


def is_error_cell(cell: Any) -> bool:
    return isinstance(cell, dict) and cell.get('kind') == 'error'


# --------------------------------------------------------------------------------------
# Decimal formatting and rounding
# --------------------------------------------------------------------------------------


def decimals_of(x: Fraction) -> Optional[int]:
    """Number of decimals of x's exact decimal form, None when x is not a finite decimal."""
    d = x.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return None
    return max(twos, fives)


def exact_decimal(x: Fraction, min_decimals: int) -> str:
    """Exact decimal text of x with at least min_decimals decimals (never rounds a finite
    decimal; a non-finite one is rounded half away from zero to 12 decimals)."""
    n = decimals_of(x)
    if n is None:
        x = round_half_away(x, Fraction(1, 10 ** 12))
        n = decimals_of(x) or 0
    n = max(n, min_decimals)
    scaled = x * 10 ** n
    assert scaled.denominator == 1
    v = scaled.numerator
    sign = '-' if v < 0 else ''
    digits = str(abs(v)).rjust(n + 1, '0')
    if n == 0:
        return sign + digits
    return f'{sign}{digits[:-n]}.{digits[-n:]}'


def round_half_away(v: Fraction, u: Fraction) -> Fraction:
    """§3.1 round(v, u): half away from zero to a multiple of u."""
    q = abs(v) / u
    k = (q + Fraction(1, 2)).__floor__()
    if MUTATION == 'half-even':
        k = round(q)
    r = k * u
    return -r if v < 0 else r


def fmt_share(s: Fraction) -> str:
    """§5 share: 10 decimals, rounded half away from zero."""
    return exact_decimal(round_half_away(s, Fraction(1, 10 ** 10)), 10)


def largest_remainder(amount: Fraction, shares: list[Fraction], unit: Fraction) -> list[Fraction]:
    """§3.1 allocate(A, s, u) by largest remainder; ties go to the earlier index.

    Each i first gets floor(|A|·s_i/u)·u; the units left (to reach round(|A|, u)) go one
    each to the largest remainders, equal remainders to the lower index (the caller
    orders members as in `Membres`, periods earliest first). Negative A: allocate |A|
    and negate.

    >>> [str(x) for x in largest_remainder(Fraction(15), [Fraction(6,10), Fraction(3,10), Fraction(1,10)], Fraction(1))]
    ['9', '5', '1']
    >>> [str(x) for x in largest_remainder(Fraction(1), [Fraction(1,2), Fraction(1,2)], Fraction(1))]
    ['1', '0']
    >>> [str(x) for x in largest_remainder(Fraction(-1), [Fraction(1,2), Fraction(1,2)], Fraction(1))]
    ['-1', '0']
    """
    a = abs(amount)
    total_units = (round_half_away(a, unit) / unit).numerator
    floors = []
    rema = []
    for s in shares:
        exact = a * s / unit
        f = exact.__floor__()
        floors.append(f)
        rema.append(exact - f)
    left = total_units - sum(floors)
    order = sorted(range(len(shares)), key=lambda i: (-rema[i], -i if MUTATION == 'tiebreak-last' else i))
    # left is in [0, n] when Σ s = 1; guard anyway by cycling.
    k = 0
    # (a planted §6 mutation may break Σ s = 1: never loop more than one round then)
    while left > 0 and order and not (MUTATION and k >= len(order)):
        floors[order[k % len(order)]] += 1
        left -= 1
        k += 1
    out = [Fraction(f) * unit for f in floors]
    return [-x for x in out] if amount < 0 else out


# --------------------------------------------------------------------------------------
# Cell readers (§1 "Numbers", "Booleans", "Dates")
# --------------------------------------------------------------------------------------

class CellError(Exception):
    """A cell that cannot be read as the expected kind of value."""


_SPACES = (' ', '\u00a0', '\u202f')
_NUMBER_TEXT = re.compile(r'[+-]?(?:\d+(?:\.\d+)?)')
_GROUPED = re.compile(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+')


def read_number(cell: Any, rate: bool = False) -> Optional[Fraction]:
    """A number (None when blank). Numeric cells are already exact (the JSON text of a
    JS number is the shortest round-trip decimal). Text: French or English form,
    `€` allowed as suffix, `%` only when `rate`; comma = decimal mark; a dot is one only
    without a comma; both = error (§1)."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        raise CellError('booléen au lieu d’un nombre')
    if isinstance(cell, Fraction):
        return cell
    if isinstance(cell, dict):
        raise CellError('valeur d’erreur Excel' if is_error_cell(cell) else 'date au lieu d’un nombre')
    text = str(cell).strip()
    pct = False
    if rate and text.endswith('%'):
        pct = True
        text = text[:-1].strip()
    if text.endswith('€'):
        text = text[:-1].strip()
    text = text.replace('\u2212', '-')
    if any(sp in text for sp in _SPACES):
        # CHOICE: a space is only a thousands separator: "1 234,50" but not "12 34,5".
        int_part = re.split('[.,]', text.lstrip('+-'), maxsplit=1)[0]
        if not _GROUPED.fullmatch(int_part):
            raise CellError('séparateur de milliers mal placé')
        for sp in _SPACES:
            text = text.replace(sp, '')
    if ',' in text and '.' in text:
        raise CellError('virgule et point dans le même nombre')
    text = text.replace(',', '.')
    if not _NUMBER_TEXT.fullmatch(text):
        raise CellError('nombre illisible')
    v = Fraction(text)
    return v / 100 if pct else v


_TRUE = {'oui', 'o', 'vrai', 'true', '1', 'x'}
_FALSE = {'non', 'n', 'faux', 'false', '0'}


def read_bool(cell: Any) -> Optional[bool]:
    """Oui/Non, O/N, Vrai/Faux, True/False, 1/0, x = oui; None when blank."""
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, Fraction):
        if cell == 1:
            return True
        if cell == 0:
            return False
        raise CellError('booléen illisible')
    if isinstance(cell, dict):
        raise CellError('booléen illisible')
    k = norm(cell)
    if k in _TRUE:
        return True
    if k in _FALSE:
        return False
    raise CellError('booléen illisible')


_DMY = re.compile(r'(\d{1,2})/(\d{1,2})/(\d{4})')
_YMD = re.compile(r'(\d{4})-(\d{2})-(\d{2})')


def read_date(cell: Any) -> Optional[dt.date]:
    """Real date cell, or `JJ/MM/AAAA` / `AAAA-MM-JJ` text; None when blank.
    CHOICE: a bare number (Excel serial) is not a date here."""
    if is_blank(cell):
        return None
    try:
        if isinstance(cell, dict) and cell.get('kind') == 'date':
            return dt.date.fromisoformat(str(cell['iso'])[:10])
        if isinstance(cell, str):
            t = cell.strip()
            m = _DMY.fullmatch(t)
            if m:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            m = _YMD.fullmatch(t)
            if m:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise CellError('date impossible') from exc
    raise CellError('date illisible')


# --------------------------------------------------------------------------------------
# Problems
# --------------------------------------------------------------------------------------

def v11_part(code: str, table: str) -> str:
    """Which part of §6 a §6 problem comes from (the comparer checks the enabled ones)."""
    if table == 'Ventilations' or code.startswith(('SUPPORT', 'VENTILATION')):
        return 'supports'
    if table == 'Paliers' or code.startswith('PALIER'):
        return 'paliers'
    if table == 'CoutsAutonomes' or code.startswith('GROUPE'):
        return 'coalitions'
    if table == 'Historique':
        return 'historique'
    return 'stricter'


class Issues:
    """Collected problems (§4.7)."""

    def __init__(self) -> None:
        self.items: list[dict] = []

    def add(self, severity: str, code: str, table: str, row: Optional[int], column: Optional[str],
            value: Any, message: str, v11: bool = False) -> None:
        item = {
            'severity': severity, 'code': code, 'table': table, 'row': row, 'column': column,
            'value': None if value is None else cell_text(value), 'message': message,
        }
        if v11:
            item['_v11'] = v11_part(code, table)
        self.items.append(item)

    def error11(self, code: str, table: str, row: Optional[int], column: Optional[str], value: Any, message: str) -> None:
        """An error from a §6 (v1.1) rule: the comparer checks that the engine reports it at the same place."""
        self.add('error', code, table, row, column, value, message, True)

    def warning11(self, code: str, table: str, row: Optional[int], column: Optional[str], value: Any, message: str) -> None:
        self.add('warning', code, table, row, column, value, message, True)

    def error(self, code: str, table: str, row: Optional[int], column: Optional[str], value: Any, message: str) -> None:
        self.add('error', code, table, row, column, value, message)

    def warning(self, code: str, table: str, row: Optional[int], column: Optional[str], value: Any, message: str) -> None:
        self.add('warning', code, table, row, column, value, message)

    @property
    def has_errors(self) -> bool:
        return any(i['severity'] == 'error' for i in self.items)


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------

class Table:
    """One contract table: headers matched by norm(), non-empty rows with their Excel row."""

    def __init__(self, canon: str, raw: dict) -> None:
        self.canon = canon
        self.headers = [norm(h) for h in raw.get('headers', [])]
        self.raw_headers = list(raw.get('headers', []))
        self.index: dict[str, int] = {}
        for i, h in enumerate(self.headers):
            if h and h not in self.index:
                self.index[h] = i
        header_row = int(raw.get('headerRow', 1))
        numbers = raw.get('rowNumbers')
        self.rows: list[tuple[int, list]] = []
        for k, cells in enumerate(raw.get('rows', [])):
            rownum = int(numbers[k]) if numbers is not None and k < len(numbers) else header_row + 1 + k
            cells = list(cells) + [None] * (len(self.headers) - len(cells))
            if all(is_blank(c) for c in cells):
                continue  # §1: entirely empty rows are ignored
            self.rows.append((rownum, cells))

    def has(self, col: str) -> bool:
        return norm(col) in self.index

    def get(self, cells: list, col: str) -> Any:
        i = self.index.get(norm(col))
        if i is None or i >= len(cells):
            return None
        return cells[i]


REQUIRED_COLUMNS = {
    'Parametres': ['Paramètre', 'Valeur'],
    'Membres': ['Membre'],
    'Services': ['Service', 'Modèle'],
    'Charges': ['Service', 'Montant'],
    'Usages': ['Service', 'Membre', 'Unité', 'Quantité'],
    'Adhesions': ['Service', 'Membre'],
    'Scenarios': ['Scénario', 'Service', 'Clé'],
    'CoutsAutonomes': ['Membre', 'Montant'],
    'Acomptes': ['Membre', 'Service', 'Montant'],
    'Ventilations': ['Service support', 'Service', 'Poids'],
    'Paliers': ['Service', 'Palier', 'Coût'],
    'Historique': ['Membre', 'Service', 'Montant'],
}
REQUIRED_TABLES = ('Parametres', 'Membres', 'Services', 'Charges')


def locate_tables(wb: dict, issues: Issues) -> dict[str, Table]:
    """§1: a table (ListObject) of that name, else a worksheet of that name."""
    found: dict[str, Table] = {}
    raws = wb.get('tables', [])
    for canon in REQUIRED_COLUMNS:
        key = norm(canon)
        tables = [t for t in raws if t.get('source') == 'table' and norm(t.get('name')) == key]
        if not tables:
            tables = [t for t in raws if t.get('source') == 'sheet' and norm(t.get('name')) == key]
        if len(tables) > 1:
            issues.error('TABLE_EN_DOUBLE', canon, None, None, canon,
                         f'Plusieurs tableaux « {canon} » : gardez-en un seul.')
            continue
        if not tables:
            if canon in REQUIRED_TABLES:
                issues.error('TABLE_MANQUANTE', canon, None, None, None, f'Le tableau « {canon} » est obligatoire.')
            continue
        t = Table(canon, tables[0])
        missing = [c for c in REQUIRED_COLUMNS[canon] if not t.has(c)]
        for c in missing:
            issues.error('COLONNE_MANQUANTE', canon, None, c, None, f'La colonne « {c} » manque au tableau « {canon} ».')
        if not missing:
            found[canon] = t
    return found


# --------------------------------------------------------------------------------------
# Model of a valid workbook
# --------------------------------------------------------------------------------------

class Params:
    exercice: int
    arrondi: Fraction = Fraction(1, 100)
    ligne_a_ligne: bool = False
    arrondi_cu: Fraction = Fraction(1, 10000)
    first_number: int = 1
    seuil: Fraction = Fraction(15)
    convention: Optional[str] = None
    ventilation: str = 'reciproque'  # 'reciproque' | 'cascade' | 'directe' (§6.2)


class Member:
    def __init__(self, idx: int, name: str, row: int) -> None:
        self.idx = idx
        self.name = name
        self.row = row
        self.porteur = False
        self.ac: Optional[Fraction] = None
        self.entree: Optional[dt.date] = None
        self.sortie: Optional[dt.date] = None
        self.criteria: dict[str, Fraction] = {}
        self.type: Optional[str] = None  # normalized Type when given (§6.1)
        self.presence = ONE
        self.present_from: Optional[dt.date] = None  # None: presence wholly outside the Exercice
        self.present_to: Optional[dt.date] = None


class Service:
    def __init__(self, idx: int, name: str, row: int) -> None:
        self.idx = idx
        self.name = name
        self.row = row
        self.model = ''  # 'mise-a-disposition' | 'service-commun' | 'groupement'
        self.key_text: Optional[str] = None
        self.unit: Optional[str] = None  # normalized
        self.unit_cost: Optional[Fraction] = None
        self.rate: Optional[Fraction] = None
        self.ac = False
        self.separee = False
        self.account = '7087'
        self.echeances = 1
        self.participants: list[Member] = []
        self.base_rows: list[Fraction] = []  # eligible Charges without Membre
        self.direct: dict[int, Fraction] = {}  # member idx -> Σ eligible direct lines
        self.usage: dict[tuple[int, str], Fraction] = {}  # (member idx, unit) -> quantity
        self.convention: Optional[str] = None  # §6.1 Services.Convention
        self.levels: list[tuple[Fraction, int, str, str]] = []  # §6.3 (cost, table order, norm name, name)
        self.level_of: dict[int, str] = {}  # member idx -> norm level name (Adhesions.Palier)
        self.received = ZERO  # §6.2 V_j
        self.direct_cost = ZERO  # §6.2 D_s (support services)


MODELS = {
    norm('Mise à disposition'): 'mise-a-disposition',
    norm('Mise à disposition de service'): 'mise-a-disposition',
    norm('Mise à disposition de services'): 'mise-a-disposition',
    norm('Service commun'): 'service-commun',
    norm('Groupement de commandes'): 'groupement',
    norm('Groupement'): 'groupement',
    norm('Service support'): 'support',
}
SUPPORT_IGNORED = ['Clé', 'Unité', 'Règlement', 'Exécution', 'Échéances', 'Frais de gestion']
TIER = norm('Paliers')
FIXED_MEMBER_COLUMNS = {norm(c) for c in ['Membre', 'Type', 'SIRET', 'Porteur', 'Attribution de compensation', 'Entrée', 'Sortie']}
KNOWN_TYPES = {norm(t) for t in ['Commune', 'EPCI', 'Syndicat', 'CCAS', 'Hôpital', 'État', 'Département', 'Région', 'Autre']}
EQUAL_NAMES = {norm('Égalitaire'), norm('Parts égales')}


def closest(name: str, candidates: list[str]) -> str:
    import difflib
    near = difflib.get_close_matches(name, candidates, n=3, cutoff=0.0)
    return ', '.join(near)


class Workbook:
    """Everything read from a workbook, checked (errors and warnings go to `issues`)."""

    def __init__(self, wb: dict) -> None:
        self.issues = Issues()
        # not part of the contract: counts for the differential test's coverage report
        self.stats = {'carriedInto': 0, 'unissued': 0}
        for p in wb.get('readProblems') or []:
            self.issues.add(p.get('severity', 'error'), p.get('code', 'LECTURE'), p.get('table', 'Classeur'),
                            p.get('row'), p.get('column'), p.get('value'), p.get('message', ''))
        self.tables = locate_tables(wb, self.issues)
        self.params = Params()
        self.members: list[Member] = []
        self.member_by: dict[str, Member] = {}
        self.numeric_columns: dict[str, bool] = {}  # norm header -> numeric?
        self.services: list[Service] = []
        self.service_by: dict[str, Service] = {}
        self.scenarios: list[tuple[str, dict[int, tuple[str, int]]]] = []  # (name, {service idx: (key, row)})
        self.standalone: dict[int, Fraction] = {}
        self.acomptes: Optional[dict[tuple[int, int], Fraction]] = None
        self.acompte_rows: dict[tuple[int, int], int] = {}
        self.groups: list[tuple[str, list[Member], Fraction]] = []  # §6.4 (as written, members, stand-alone)
        self.usage_rows: list[tuple[int, Service, Member, str, Fraction]] = []
        self.history: Optional[dict[tuple[int, str], Fraction]] = None  # §6.5 (member idx, norm service) -> amount
        self.history_services: list[tuple[str, str]] = []  # ended services (norm, as written), table order
        # §6.2 results (support services)
        self.vent_weights: dict[tuple[int, int], Fraction] = {}
        self.vent_share: dict[tuple[int, int], Fraction] = {}
        self.vent_total: dict[int, Fraction] = {}
        if 'Parametres' in self.tables:
            self.read_params(self.tables['Parametres'])
        if 'Membres' in self.tables:
            self.read_members(self.tables['Membres'])
        if 'Services' in self.tables:
            self.read_services(self.tables['Services'])
        if not hasattr(self.params, 'exercice') or 'Membres' not in self.tables or 'Services' not in self.tables:
            return
        self.read_adhesions()
        self.read_charges()
        self.read_usages()
        self.read_scenarios()
        self.check_usage_units()
        self.read_paliers()
        self.read_standalone()
        self.read_acomptes()
        self.read_historique()
        self.check_members_v11()
        self.read_ventilations()

    # ---- Parametres -------------------------------------------------------------------
    def read_params(self, t: Table) -> None:
        seen: dict[str, int] = {}
        p = self.params
        for row, cells in t.rows:
            name_cell = t.get(cells, 'Paramètre')
            value = t.get(cells, 'Valeur')
            key = norm(name_cell)
            if not key:
                self.issues.error('PARAMETRE_SANS_NOM', 'Parametres', row, 'Paramètre', None, 'Nom de paramètre manquant.')
                continue
            if key in seen:
                self.issues.error('PARAMETRE_EN_DOUBLE', 'Parametres', row, 'Paramètre', name_cell, 'Paramètre en double.')
                continue
            seen[key] = row
            if is_error_cell(value) and key in _PARAM_KEYS:
                self.issues.error('VALEUR_ERREUR', 'Parametres', row, 'Valeur', value, 'Valeur d’erreur Excel.')
                continue
            try:
                if key == norm('Exercice'):
                    v = read_number(value)
                    if v is None:
                        continue
                    if v.denominator != 1 or not 1900 <= v <= 2200:
                        raise CellError('année invalide')
                    p.exercice = int(v)
                elif key == norm('Arrondi'):
                    v = read_number(value)
                    if v is not None:
                        if v <= 0:
                            raise CellError('arrondi ≤ 0')
                        p.arrondi = v
                elif key == norm('Arrondi coût unitaire'):
                    v = read_number(value)
                    if v is not None:
                        if v <= 0:
                            raise CellError('arrondi ≤ 0')
                        p.arrondi_cu = v
                elif key == norm("Méthode d'arrondi"):
                    if not is_blank(value):
                        m = norm(value)
                        if m == norm('Plus forts restes'):
                            p.ligne_a_ligne = False
                        elif m == norm('Ligne à ligne'):
                            p.ligne_a_ligne = True
                        else:
                            raise CellError('méthode inconnue')
                elif key == norm('Premier numéro de titre'):
                    v = read_number(value)
                    if v is not None:
                        if v.denominator != 1 or v < 1:
                            raise CellError('numéro invalide')
                        p.first_number = int(v)
                elif key == norm('Seuil minimal de titre'):
                    v = read_number(value)
                    if v is not None:
                        if v < 0:
                            raise CellError('seuil négatif')
                        p.seuil = v
                elif key == norm("Date d'émission"):
                    read_date(value)
                elif key == norm('Convention'):
                    if not is_blank(value):
                        p.convention = cell_text(value).strip()
                elif key == norm('Organisme'):
                    pass
                elif key == norm('Méthode de ventilation'):
                    if not is_blank(value):
                        m = norm(value)
                        methods = {norm('Réciproque'): 'reciproque', norm('En cascade'): 'cascade', norm('Directe'): 'directe'}
                        if m not in methods:
                            raise CellError('méthode de ventilation inconnue (Réciproque, En cascade ou Directe)')
                        p.ventilation = methods[m]
                else:
                    self.issues.warning('PARAMETRE_INCONNU', 'Parametres', row, 'Paramètre', name_cell, 'Paramètre inconnu, ignoré.')
            except CellError as exc:
                self.issues.error('PARAMETRE_INVALIDE', 'Parametres', row, 'Valeur', value, f'Valeur invalide : {exc}.')
        if not hasattr(p, 'exercice'):
            self.issues.error('EXERCICE_MANQUANT', 'Parametres', None, 'Valeur', None, 'Le paramètre Exercice est obligatoire.')

    # ---- Membres ----------------------------------------------------------------------
    def read_members(self, t: Table) -> None:
        # criterion columns: every other header whose non-blank cells are all numbers
        for h, i in t.index.items():
            if h in FIXED_MEMBER_COLUMNS:
                continue
            numeric = True
            for _, cells in t.rows:
                c = cells[i] if i < len(cells) else None
                try:
                    read_number(c)
                except CellError:
                    numeric = False
                    break
            self.numeric_columns[h] = numeric
        porteurs = []
        for row, cells in t.rows:
            name_cell = t.get(cells, 'Membre')
            if is_blank(name_cell) or is_error_cell(name_cell):
                self.issues.error('MEMBRE_SANS_NOM', 'Membres', row, 'Membre', name_cell, 'Nom de membre manquant.')
                continue
            name = cell_text(name_cell).strip()
            key = norm(name)
            if key in self.member_by:
                self.issues.error('MEMBRE_EN_DOUBLE', 'Membres', row, 'Membre', name, 'Membre en double.')
                continue
            m = Member(len(self.members), name, row)
            self.members.append(m)
            self.member_by[key] = m
            self._member_fields(t, row, cells, m)
            for h, numeric in self.numeric_columns.items():
                if numeric:
                    v = read_number(cells[t.index[h]] if t.index[h] < len(cells) else None)
                    m.criteria[h] = v if v is not None else ZERO
            if m.porteur:
                porteurs.append(m)
        if not self.members:
            self.issues.error('MEMBRES_VIDE', 'Membres', None, None, None, 'Aucun membre.')
        if len(porteurs) > 1:
            for m in porteurs[1:]:
                self.issues.error('PORTEURS_MULTIPLES', 'Membres', m.row, 'Porteur', 'Oui', 'Un seul porteur est permis.')

    def _member_fields(self, t: Table, row: int, cells: list, m: Member) -> None:
        typ = t.get(cells, 'Type')
        if is_error_cell(typ):
            self.issues.warning('VALEUR_ERREUR_INFORMATIVE', 'Membres', row, 'Type', typ, 'Valeur d’erreur ignorée.')
        elif not is_blank(typ) and norm(typ) not in KNOWN_TYPES:
            self.issues.warning('TYPE_INCONNU', 'Membres', row, 'Type', typ, 'Type inconnu.')
        if not is_blank(typ) and not is_error_cell(typ):
            m.type = norm(typ)
        siret = t.get(cells, 'SIRET')
        if is_error_cell(siret):
            # §1 "Cells holding an Excel error where a value is read are an error"; SIRET is
            # not among the informative columns of §4.7.
            self.issues.error('VALEUR_ERREUR', 'Membres', row, 'SIRET', siret, 'Valeur d’erreur Excel.')
        elif not is_blank(siret):
            digits = cell_text(siret).strip().replace(' ', '')
            if not (digits.isdigit() and len(digits) == 14):
                self.issues.warning('SIRET_INVALIDE', 'Membres', row, 'SIRET', siret, 'Le SIRET doit avoir 14 chiffres.')
        for col, attr, reader in (('Porteur', 'porteur', read_bool), ('Attribution de compensation', 'ac', read_number),
                                  ('Entrée', 'entree', read_date), ('Sortie', 'sortie', read_date)):
            cell = t.get(cells, col)
            try:
                v = reader(cell)
            except CellError as exc:
                self.issues.error('VALEUR_INVALIDE', 'Membres', row, col, cell, f'Valeur invalide : {exc}.')
                continue
            if v is not None:
                setattr(m, attr, v)
        if m.entree and m.sortie and m.entree > m.sortie:
            self.issues.error('ENTREE_APRES_SORTIE', 'Membres', row, 'Entrée', m.entree.isoformat(), 'Entrée après Sortie.')
        if hasattr(self.params, 'exercice'):
            y = self.params.exercice
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            lo = max(m.entree, start) if m.entree else start
            hi = min(m.sortie, end) if m.sortie else end
            days = 366 if calendar.isleap(y) else 365
            if lo > hi:
                m.presence = ZERO
                m.present_from = m.present_to = None
            else:
                m.presence = Fraction((hi - lo).days + 1, days)
                m.present_from, m.present_to = lo, hi

    # ---- Services ---------------------------------------------------------------------
    def read_services(self, t: Table) -> None:
        for row, cells in t.rows:
            name_cell = t.get(cells, 'Service')
            if is_blank(name_cell) or is_error_cell(name_cell):
                self.issues.error('SERVICE_SANS_NOM', 'Services', row, 'Service', name_cell, 'Nom de service manquant.')
                continue
            name = cell_text(name_cell).strip()
            key = norm(name)
            if key in self.service_by:
                self.issues.error('SERVICE_EN_DOUBLE', 'Services', row, 'Service', name, 'Service en double.')
                continue
            s = Service(len(self.services), name, row)
            self.services.append(s)
            self.service_by[key] = s
            self._service_fields(t, row, cells, s)
        if not self.services:
            self.issues.error('SERVICES_VIDE', 'Services', None, None, None, 'Aucun service.')

    def _service_fields(self, t: Table, row: int, cells: list, s: Service) -> None:
        def err(col: str, value: Any, msg: str) -> None:
            self.issues.error('SERVICE_INVALIDE', 'Services', row, col, value, msg)

        model = t.get(cells, 'Modèle')
        if is_error_cell(model):
            err('Modèle', model, 'Valeur d’erreur Excel.')
        s.model = MODELS.get(norm(model), '')
        if not s.model:
            err('Modèle', model, 'Modèle inconnu.')
        if s.model == 'support':
            # §6.2: "Clé, Unité, Règlement, Exécution, Échéances, Frais de gestion are ignored
            # with a warning if given"; §6.6: they are not validated; "Coût unitaire, Compte
            # and Convention on a support are ignored silently".
            for col in SUPPORT_IGNORED:
                if not is_blank(t.get(cells, col)):
                    self.issues.warning11('SUPPORT_COLONNE_IGNOREE', 'Services', row, col, t.get(cells, col),
                                          f'{s.name} est un service support : « {col} » est ignoré.')
            return
        for col in ('Clé', 'Unité', 'Coût unitaire', 'Frais de gestion', 'Règlement', 'Exécution', 'Compte', 'Échéances'):
            if is_error_cell(t.get(cells, col)):
                err(col, t.get(cells, col), 'Valeur d’erreur Excel.')
        conv = t.get(cells, 'Convention')
        if not is_blank(conv) and not is_error_cell(conv):
            s.convention = cell_text(conv).strip()
        key = t.get(cells, 'Clé')
        if not is_blank(key):
            if is_error_cell(key):
                err('Clé', key, 'Valeur d’erreur Excel.')
            s.key_text = cell_text(key)
        elif s.model in ('service-commun', 'groupement'):
            err('Clé', None, 'Clé obligatoire pour ce modèle.')
        unit = t.get(cells, 'Unité')
        if not is_blank(unit) and not is_error_cell(unit):
            s.unit = norm(unit)
        elif s.model == 'mise-a-disposition':
            err('Unité', unit, 'Unité obligatoire pour une mise à disposition.')
        try:
            s.unit_cost = read_number(t.get(cells, 'Coût unitaire'))
            if s.unit_cost is not None and s.unit_cost < 0:
                raise CellError('coût négatif')
        except CellError as exc:
            err('Coût unitaire', t.get(cells, 'Coût unitaire'), str(exc))
        try:
            s.rate = read_number(t.get(cells, 'Frais de gestion'), rate=True)
            if s.rate is not None and (s.rate > 1 or s.rate < 0):
                raise CellError('taux hors de [0 ; 1]')
        except CellError as exc:
            err('Frais de gestion', t.get(cells, 'Frais de gestion'), str(exc))
        if s.rate is not None and s.model == 'mise-a-disposition':
            self.issues.warning('FRAIS_SUR_MAD', 'Services', row, 'Frais de gestion', t.get(cells, 'Frais de gestion'),
                                'Frais de gestion ignorés pour une mise à disposition.')
            s.rate = None
        reg = t.get(cells, 'Règlement')
        if not is_blank(reg) and s.model == 'service-commun':
            r = norm(reg)
            if r == norm('Titre'):
                s.ac = False
            elif r in (norm('Attribution de compensation'), norm('AC')):
                s.ac = True
            else:
                err('Règlement', reg, 'Règlement inconnu.')
        exe = t.get(cells, 'Exécution')
        if not is_blank(exe) and s.model == 'groupement':
            r = norm(exe)
            if r == norm('Conjointe'):
                s.separee = False
            elif r == norm('Séparée'):
                s.separee = True
            else:
                err('Exécution', exe, 'Exécution inconnue.')
        acc = t.get(cells, 'Compte')
        if not is_blank(acc):
            s.account = cell_text(acc).strip()
        ech = t.get(cells, 'Échéances')
        try:
            v = read_number(ech)
            if v is not None:
                if v not in (1, 2, 4, 12):
                    raise CellError('1, 2, 4 ou 12')
                s.echeances = int(v)
        except CellError as exc:
            err('Échéances', ech, str(exc))

    # ---- references -------------------------------------------------------------------
    def member_ref(self, table: str, row: int, col: str, cell: Any) -> Optional[Member]:
        m = self.member_by.get(norm(cell))
        if m is None:
            self.issues.error('MEMBRE_INCONNU', table, row, col, cell,
                              f'Membre inconnu ; proches : {closest(norm(cell), list(self.member_by))}.')
        return m

    def service_ref(self, table: str, row: int, col: str, cell: Any) -> Optional[Service]:
        s = self.service_by.get(norm(cell))
        if s is None:
            self.issues.error('SERVICE_INCONNU', table, row, col, cell,
                              f'Service inconnu ; proches : {closest(norm(cell), list(self.service_by))}.')
        return s

    def read_adhesions(self) -> None:
        rows: dict[int, set[int]] = {}
        self.adhesion_rows: dict[tuple[int, int], int] = {}
        self.palier_cells: list[tuple[int, Service, Member, Any]] = []  # Adhesions rows with a Palier
        t = self.tables.get('Adhesions')
        if t:
            for row, cells in t.rows:
                s = self.service_ref('Adhesions', row, 'Service', t.get(cells, 'Service'))
                m = self.member_ref('Adhesions', row, 'Membre', t.get(cells, 'Membre'))
                if s and s.model == 'support':
                    self.issues.error11('SUPPORT_ADHESION', 'Adhesions', row, 'Service', s.name,
                                        f'{s.name} est un service support : il n’a pas d’adhérents, retirez cette ligne.')
                    continue
                if s and m:
                    rows.setdefault(s.idx, set()).add(m.idx)
                    self.adhesion_rows.setdefault((s.idx, m.idx), row)
                    level = t.get(cells, 'Palier')
                    if not is_blank(level):
                        self.palier_cells.append((row, s, m, level))
        for s in self.services:
            if s.model == 'support':
                s.participants = []
            elif s.idx in rows:
                s.participants = [m for m in self.members if m.idx in rows[s.idx]]
            else:
                s.participants = list(self.members)

    def read_charges(self) -> None:
        t = self.tables.get('Charges')
        if not t:
            return
        for row, cells in t.rows:
            s = self.service_ref('Charges', row, 'Service', t.get(cells, 'Service'))
            for col in ('Libellé', 'Nature', 'Section'):
                if is_error_cell(t.get(cells, col)):
                    self.issues.warning('VALEUR_ERREUR_INFORMATIVE', 'Charges', row, col, t.get(cells, col), 'Valeur d’erreur ignorée.')
            amount_cell = t.get(cells, 'Montant')
            try:
                amount = read_number(amount_cell)
                if amount is None:
                    raise CellError('montant vide (écrivez 0)')
            except CellError as exc:
                self.issues.error('MONTANT_INVALIDE', 'Charges', row, 'Montant', amount_cell, str(exc))
                amount = None
            try:
                elig = read_bool(t.get(cells, 'Éligible'))
            except CellError as exc:
                self.issues.error('ELIGIBLE_INVALIDE', 'Charges', row, 'Éligible', t.get(cells, 'Éligible'), str(exc))
                elig = True
            member = None
            mcell = t.get(cells, 'Membre')
            if not is_blank(mcell):
                member = self.member_ref('Charges', row, 'Membre', mcell)
                if member and s:
                    if s.model == 'support':
                        self.issues.error11('SUPPORT_LIGNE_DIRECTE', 'Charges', row, 'Membre', mcell,
                                            f'{s.name} est un service support : pas de ligne propre à un membre.')
                    elif s.model == 'mise-a-disposition':
                        self.issues.error('LIGNE_DIRECTE_MAD', 'Charges', row, 'Membre', mcell,
                                          'Pas de ligne directe sur une mise à disposition.')
                    elif member not in s.participants:
                        self.issues.error('LIGNE_DIRECTE_NON_PARTICIPANT', 'Charges', row, 'Membre', mcell,
                                          'Ce membre ne participe pas au service.')
            if s is None or amount is None or elig is False:
                # CHOICE: "Éligible — Non excludes the line from the cost base" applies to
                # direct lines too (the checks' cost base includes direct lines).
                continue
            if member is None:
                s.base_rows.append(amount)
            else:
                s.direct[member.idx] = s.direct.get(member.idx, ZERO) + amount

    def read_usages(self) -> None:
        t = self.tables.get('Usages')
        if not t:
            return
        for row, cells in t.rows:
            s = self.service_ref('Usages', row, 'Service', t.get(cells, 'Service'))
            m = self.member_ref('Usages', row, 'Membre', t.get(cells, 'Membre'))
            unit = t.get(cells, 'Unité')
            if is_blank(unit) or is_error_cell(unit):
                self.issues.error('UNITE_MANQUANTE', 'Usages', row, 'Unité', unit, 'Unité manquante.')
                continue
            qcell = t.get(cells, 'Quantité')
            try:
                q = read_number(qcell)
                if q is None:
                    raise CellError('quantité vide (écrivez 0)')
                if q < 0:
                    raise CellError('quantité négative')
            except CellError as exc:
                self.issues.error('QUANTITE_INVALIDE', 'Usages', row, 'Quantité', qcell, str(exc))
                continue
            if not s or not m:
                continue
            if s.model == 'support':
                self.issues.error11('SUPPORT_USAGE', 'Usages', row, 'Service', s.name,
                                    f'{s.name} est un service support : pas d’usages des membres, retirez cette ligne.')
                continue
            if q > 0 and m not in s.participants:
                self.issues.error('USAGE_NON_PARTICIPANT', 'Usages', row, 'Membre', t.get(cells, 'Membre'),
                                  'Quantité > 0 pour un membre qui ne participe pas au service.')
            # §6.1: whether the row counts is decided once Scenarios are read (check_usage_units)
            self.usage_rows.append((row, s, m, cell_text(unit).strip(), q))

    def read_scenarios(self) -> None:
        t = self.tables.get('Scenarios')
        if not t:
            return
        index: dict[str, int] = {}
        for row, cells in t.rows:
            name_cell = t.get(cells, 'Scénario')
            if is_blank(name_cell) or is_error_cell(name_cell):
                self.issues.error('SCENARIO_SANS_NOM', 'Scenarios', row, 'Scénario', name_cell, 'Nom de scénario manquant.')
                continue
            name = cell_text(name_cell).strip()
            if norm(name) == norm('Référence'):
                self.issues.error('SCENARIO_RESERVE', 'Scenarios', row, 'Scénario', name, '« Référence » est réservé.')
                continue
            s = self.service_ref('Scenarios', row, 'Service', t.get(cells, 'Service'))
            key = t.get(cells, 'Clé')
            if is_blank(key) or is_error_cell(key):
                self.issues.error('CLE_MANQUANTE', 'Scenarios', row, 'Clé', key, 'Clé manquante.')
                continue
            if norm(name) not in index:
                index[norm(name)] = len(self.scenarios)
                self.scenarios.append((name, {}))
            if s is None:
                continue
            if s.model == 'support':
                self.issues.error11('SUPPORT_SCENARIO', 'Scenarios', row, 'Service', s.name,
                                    f'{s.name} est un service support : il n’a pas de clé de scénario.')
                continue
            if s.model == 'mise-a-disposition':
                # §1: "A scenario line on a Mise à disposition service changes nothing and
                # gives a warning". CHOICE: its key is not checked.
                self.issues.warning('SCENARIO_SUR_MAD', 'Scenarios', row, 'Service', s.name,
                                    'Une mise à disposition n’a pas de clé : ligne ignorée.')
                continue
            overrides = self.scenarios[index[norm(name)]][1]
            if s.idx in overrides:
                # CHOICE: two lines of one scenario for the same service are an error.
                self.issues.error('SCENARIO_EN_DOUBLE', 'Scenarios', row, 'Service', s.name, 'Service en double dans ce scénario.')
                continue
            overrides[s.idx] = (cell_text(key), row)

    def read_standalone(self) -> None:
        t = self.tables.get('CoutsAutonomes')
        if not t:
            return
        seen_groups: dict[frozenset, int] = {}
        for row, cells in t.rows:
            cell = t.get(cells, 'Membre')
            text = '' if is_blank(cell) else cell_text(cell).strip()
            # §6.4: "The text is first matched as one member name; only if none matches is it
            # split on `+`."
            m = self.member_by.get(norm(text)) if text else None
            group: Optional[list[Member]] = None
            bad = False
            if m is None and '+' in text:
                members: list[Member] = []
                for part in (x.strip() for x in text.split('+')):
                    mm = self.member_by.get(norm(part)) if part else None
                    if mm is None:
                        # §6.6: "An empty name in a group (`Ville A + `) is an unknown member."
                        self.issues.error11('MEMBRE_INCONNU', 'CoutsAutonomes', row, 'Membre', part,
                                            f'Membre « {part} » du groupe « {text} » inconnu ; proches : '
                                            f'{closest(norm(part), list(self.member_by))}.')
                        bad = True
                    else:
                        members.append(mm)
                if not bad:
                    if len({x.idx for x in members}) < len(members):
                        self.issues.error11('GROUPE_MEMBRE_EN_DOUBLE', 'CoutsAutonomes', row, 'Membre', text,
                                            f'Le groupe « {text} » nomme deux fois le même membre.')
                        bad = True
                    elif len(members) == 1:
                        m = members[0]  # "A group of one member is that member."
                    else:
                        group = members
            elif m is None:
                self.member_ref('CoutsAutonomes', row, 'Membre', cell)
                bad = True
            try:
                v = read_number(t.get(cells, 'Montant'))
                if v is None:
                    raise CellError('montant vide (écrivez 0)')
            except CellError as exc:
                self.issues.error('MONTANT_INVALIDE', 'CoutsAutonomes', row, 'Montant', t.get(cells, 'Montant'), str(exc))
                continue
            if bad:
                continue
            if group is not None:
                key = frozenset(x.idx for x in group)
                if key in seen_groups:
                    self.issues.error11('GROUPE_EN_DOUBLE', 'CoutsAutonomes', row, 'Membre', text,
                                        f'Le groupe « {text} » est déjà donné ligne {seen_groups[key]}.')
                    continue
                seen_groups[key] = row
                self.groups.append((text, [x for x in self.members if x.idx in key], v))
            elif m is not None:
                # CHOICE (v1, confirmed by §6.6): several rows for one member add up.
                self.standalone[m.idx] = self.standalone.get(m.idx, ZERO) + v

    def read_acomptes(self) -> None:
        t = self.tables.get('Acomptes')
        if not t:
            return
        # CHOICE: "When present, the run is a régularisation": the table being there is
        # enough, even with no data row.
        self.acomptes = {}
        seen: set[tuple[int, int, Fraction]] = set()
        for row, cells in t.rows:
            m = self.member_ref('Acomptes', row, 'Membre', t.get(cells, 'Membre'))
            s = self.service_ref('Acomptes', row, 'Service', t.get(cells, 'Service'))
            try:
                v = read_number(t.get(cells, 'Montant'))
                if v is None:
                    raise CellError('montant vide (écrivez 0)')
            except CellError as exc:
                self.issues.error('MONTANT_INVALIDE', 'Acomptes', row, 'Montant', t.get(cells, 'Montant'), str(exc))
                continue
            if s and s.model == 'support':
                self.issues.error11('SUPPORT_ACOMPTE', 'Acomptes', row, 'Service', s.name,
                                    f'{s.name} est un service support : il ne facture rien, retirez cet acompte.')
                continue
            if m and s:
                if (m.idx, s.idx, v) in seen:
                    self.issues.warning11('ACOMPTE_EN_DOUBLE', 'Acomptes', row, 'Montant', v,
                                          f'{m.name} / {s.name} : même acompte sur deux lignes (ligne en double ?) ; '
                                          'les deux sont comptés.')
                seen.add((m.idx, s.idx, v))
                k = (m.idx, s.idx)
                self.acomptes[k] = self.acomptes.get(k, ZERO) + v  # CHOICE: rows of a pair add up
                self.acompte_rows.setdefault(k, row)

    # ---- §6.1 -------------------------------------------------------------------------
    def service_keys(self, s: Service) -> list[tuple[str, str, int]]:
        """Every key text of s with its location: its `Clé`, then its `Scenarios` rows."""
        out = []
        if s.model in ('service-commun', 'groupement'):
            if s.key_text is not None:
                out.append((s.key_text, 'Services', s.row))
            for _, ov in self.scenarios:
                if s.idx in ov:
                    out.append((ov[s.idx][0], 'Scenarios', ov[s.idx][1]))
        return out

    def key_criteria(self, s: Service) -> list[tuple[str, str, int]]:
        """(criterion, table, row) of every term of every parsable key of s."""
        out = []
        for text, table, row in self.service_keys(s):
            try:
                terms = parse_key(text)
            except KeyError_:
                continue
            out.extend((crit, table, row) for _, crit in terms)
        return out

    def check_usage_units(self) -> None:
        """§6.1: a `Usages` unit used by no service is an error; used by another service only,
        a warning and the row counts for nothing. Rows that count are added up."""
        used: dict[int, set[str]] = {}
        for s in self.services:
            if s.model == 'support':
                continue
            units = {s.unit} if s.unit else set()
            for crit, _, _ in self.key_criteria(s):
                if crit in EQUAL_NAMES or crit == TIER or self.numeric_columns.get(crit):
                    continue
                units.add(crit)
            used[s.idx] = units
        everywhere = set().union(*used.values()) if used else set()
        for row, s, m, unit, q in self.usage_rows:
            u = norm(unit)
            if u in used.get(s.idx, set()):
                s.usage[(m.idx, u)] = s.usage.get((m.idx, u), ZERO) + q
            elif u in everywhere and MUTATION == 'no-unit-warning':
                pass
            elif u in everywhere:
                self.issues.warning11('UNITE_AUTRE_SERVICE', 'Usages', row, 'Unité', unit,
                                      f'L’unité « {unit} » n’est pas utilisée par {s.name} (mais par un autre service) : '
                                      'ligne sans effet.')
            else:
                own = ', '.join(sorted(used.get(s.idx, set()))) or 'aucune'
                self.issues.error11('UNITE_INUTILISEE', 'Usages', row, 'Unité', unit,
                                    f'Aucun service n’utilise l’unité « {unit} » ; {s.name} utilise : {own}.')

    def check_members_v11(self) -> None:
        """§6.1 warnings: members wholly outside the Exercice that take part, a Service commun
        whose porteur is not an EPCI, a member settled on the AC that is not a Commune."""
        active = [s for s in self.services if s.model != 'support']
        for m in self.members:
            if m.present_from is None and any(m in s.participants for s in active):
                dates = ' – '.join(d.isoformat() for d in (m.entree, m.sortie) if d)
                self.issues.warning11('MEMBRE_HORS_EXERCICE', 'Membres', m.row, 'Entrée' if m.entree else 'Sortie', dates,
                                      f'{m.name} ({dates}) n’est pas présent pendant l’Exercice mais participe à un service.')
        porteur = next((m for m in self.members if m.porteur), None)
        # CHOICE: "whose porteur has a Type other than EPCI": a porteur without a Type is
        # not flagged (no Type given is not "a Type other than EPCI").
        if porteur is not None and porteur.type is not None and porteur.type != norm('EPCI'):
            for s in active:
                if s.model == 'service-commun':
                    self.issues.warning11('PORTEUR_NON_EPCI', 'Services', s.row, 'Modèle', s.name,
                                          f'{s.name} : service commun porté par {porteur.name}, qui n’est pas un EPCI.')
        on_ac = {m.idx for s in active if s.model == 'service-commun' and s.ac for m in s.participants if not m.porteur}
        for m in self.members:
            if m.idx in on_ac and m.type is not None and m.type != norm('Commune'):
                self.issues.warning11('AC_NON_COMMUNE', 'Membres', m.row, 'Type', m.type,
                                      f'{m.name} est réglé sur l’attribution de compensation mais n’est pas une commune.')

    # ---- §6.3 -------------------------------------------------------------------------
    def read_paliers(self) -> None:
        names: dict[int, set[str]] = {}
        t = self.tables.get('Paliers')
        if t:
            for order, (row, cells) in enumerate(t.rows):
                s = self.service_ref('Paliers', row, 'Service', t.get(cells, 'Service'))
                name_cell = t.get(cells, 'Palier')
                cost_cell = t.get(cells, 'Coût')
                ok = True
                if is_blank(name_cell) or is_error_cell(name_cell):
                    self.issues.error11('PALIER_SANS_NOM', 'Paliers', row, 'Palier', name_cell, 'Nom de palier manquant.')
                    ok = False
                try:
                    cost = read_number(cost_cell)
                    if cost is None:
                        raise CellError('coût vide (écrivez 0)')
                    if cost < 0:
                        self.issues.error11('PALIER_COUT_NEGATIF', 'Paliers', row, 'Coût', cost_cell,
                                            'Le coût d’un palier ne peut pas être négatif.')
                        ok = False
                except CellError as exc:
                    self.issues.error11('PALIER_COUT_INVALIDE', 'Paliers', row, 'Coût', cost_cell, str(exc))
                    ok = False
                if not ok or s is None:
                    continue
                key = norm(name_cell)
                if key in names.setdefault(s.idx, set()):
                    self.issues.error11('PALIER_EN_DOUBLE', 'Paliers', row, 'Palier', name_cell,
                                        f'{s.name} : deux paliers nommés « {cell_text(name_cell)} ».')
                    continue
                names[s.idx].add(key)
                s.levels.append((cost, order, key, cell_text(name_cell).strip()))
        for s in self.services:
            s.levels.sort(key=lambda x: (x[0], x[1]))
        uses: dict[int, list[tuple[str, int]]] = {}
        for s in self.services:
            for crit, table, row in self.key_criteria(s):
                if crit == TIER:
                    uses.setdefault(s.idx, []).append((table, row))
        for s in self.services:
            if s.idx in uses and not s.levels:
                for table, row in uses[s.idx]:
                    self.issues.error11('PALIERS_ABSENTS', table, row, 'Clé', 'Paliers',
                                        f'{s.name} : la clé utilise Paliers mais le tableau Paliers n’a aucun palier pour ce service.')
        bad_members: set[tuple[int, int]] = set()
        for row, s, m, cell in self.palier_cells:
            level = norm(cell)
            prev = s.level_of.get(m.idx)
            if prev is not None and prev != level:
                self.issues.error11('PALIERS_DIFFERENTS', 'Adhesions', row, 'Palier', cell,
                                    f'{m.name} / {s.name} : deux paliers différents.')
                bad_members.add((s.idx, m.idx))
                continue
            if s.idx not in uses:
                # §6.6: "A Palier unknown for a service whose keys (scenarios included) do not
                # use Paliers is only the warning of §6.3."
                self.issues.warning11('PALIER_SANS_EFFET', 'Adhesions', row, 'Palier', cell,
                                      f'{s.name} : sa clé n’utilise pas Paliers, le palier de {m.name} est sans effet.')
                s.level_of[m.idx] = level
                continue
            if not s.levels:
                bad_members.add((s.idx, m.idx))
                continue
            known = [x[2] for x in s.levels]
            if level not in known:
                self.issues.error11('PALIER_INCONNU', 'Adhesions', row, 'Palier', cell,
                                    f'{s.name} : palier « {cell_text(cell)} » inconnu ; paliers : '
                                    f'{", ".join(x[3] for x in s.levels)}.')
                bad_members.add((s.idx, m.idx))
                continue
            s.level_of[m.idx] = level
        for s in self.services:
            if s.idx not in uses or not s.levels:
                continue
            has_rows = any(k[0] == s.idx for k in self.adhesion_rows)
            if not has_rows:
                self.issues.error11('PALIER_MANQUANT', 'Services', s.row, 'Clé', s.name,
                                    f'{s.name} : la clé Paliers demande le palier de chaque adhérent (tableau Adhesions, colonne Palier).')
                continue
            for m in s.participants:
                if m.idx not in s.level_of and (s.idx, m.idx) not in bad_members:
                    self.issues.error11('PALIER_MANQUANT', 'Adhesions', self.adhesion_rows[(s.idx, m.idx)], 'Palier', None,
                                        f'{m.name} / {s.name} : palier manquant.')

    # ---- §6.5 -------------------------------------------------------------------------
    def read_historique(self) -> None:
        t = self.tables.get('Historique')
        if not t:
            return
        self.history = {}
        ended: set[str] = set()
        u = self.params.arrondi
        for row, cells in t.rows:
            mcell = t.get(cells, 'Membre')
            m = self.member_by.get(norm(mcell)) if not is_blank(mcell) else None
            if m is None:
                self.issues.error11('MEMBRE_INCONNU', 'Historique', row, 'Membre', mcell,
                                    f'Membre inconnu ; proches : {closest(norm(mcell), list(self.member_by))}.')
            scell = t.get(cells, 'Service')
            if is_blank(scell) or is_error_cell(scell):
                self.issues.error11('SERVICE_MANQUANT', 'Historique', row, 'Service', scell, 'Service manquant.')
                continue
            try:
                v = read_number(t.get(cells, 'Montant'))
                if v is None:
                    raise CellError('montant vide (écrivez 0)')
            except CellError as exc:
                self.issues.error11('MONTANT_INVALIDE', 'Historique', row, 'Montant', t.get(cells, 'Montant'), str(exc))
                continue
            if m is None:
                continue
            key = norm(scell)
            if key not in self.service_by and key not in ended:
                ended.add(key)
                self.history_services.append((key, cell_text(scell).strip()))
            # §6.6: "Historique amounts are rounded to Arrondi, half away from zero, before
            # use". CHOICE: each row's amount is rounded, then the rows of a pair add up.
            k = (m.idx, key)
            self.history[k] = self.history.get(k, ZERO) + (v if MUTATION == 'history-round-after-sum' else round_half_away(v, u))

    # ---- §6.2 -------------------------------------------------------------------------
    def read_ventilations(self) -> None:
        supports = [s for s in self.services if s.model == 'support']
        t = self.tables.get('Ventilations')
        if supports and t is None and not any(norm(i['table']) == norm('Ventilations') for i in self.issues.items):
            self.issues.error11('VENTILATIONS_MANQUANT', 'Ventilations', None, None, None,
                                'Le tableau « Ventilations » est obligatoire dès qu’un service support existe.')
        if t:
            for row, cells in t.rows:
                ok = True
                found = []
                for col in ('Service support', 'Service'):
                    cell = t.get(cells, col)
                    s = self.service_by.get(norm(cell)) if not is_blank(cell) else None
                    if s is None:
                        self.issues.error11('SERVICE_INCONNU', 'Ventilations', row, col, cell,
                                            f'Service inconnu ; proches : {closest(norm(cell), list(self.service_by))}.')
                        ok = False
                    found.append(s)
                sup, tgt = found
                if sup is not None and sup.model != 'support':
                    self.issues.error11('VENTILATION_PAS_SUPPORT', 'Ventilations', row, 'Service support', sup.name,
                                        f'{sup.name} n’est pas un service support (Modèle = Service support).')
                    ok = False
                if ok and sup is tgt:
                    # CHOICE: a self row is ignored before its weight is read.
                    self.issues.warning11('VENTILATION_SOI_MEME', 'Ventilations', row, 'Service', tgt.name,
                                          f'{sup.name} ne se ventile pas sur lui-même : ligne ignorée.')
                    continue
                wcell = t.get(cells, 'Poids')
                try:
                    w = read_number(wcell, rate=True)
                    if w is None:
                        raise CellError('poids vide (écrivez 0)')
                    if w < 0:
                        raise CellError('poids négatif')
                except CellError as exc:
                    self.issues.error11('POIDS_INVALIDE', 'Ventilations', row, 'Poids', wcell, str(exc))
                    continue
                if ok:
                    k = (sup.idx, tgt.idx)
                    self.vent_weights[k] = self.vent_weights.get(k, ZERO) + w
        for s in supports:
            s.direct_cost = sum(s.base_rows, ZERO)
            if s.direct_cost < 0:
                self.issues.error11('SUPPORT_COUT_NEGATIF', 'Services', s.row, 'Service', s.name,
                                    f'{s.name} : coût direct négatif ({exact_decimal(s.direct_cost, 2)} €).')
        if not supports or self.issues.has_errors:
            return
        method = self.params.ventilation
        links: dict[int, dict[int, Fraction]] = {}
        for s in supports:
            links[s.idx] = {t_: w for (a, t_), w in sorted(self.vent_weights.items()) if a == s.idx and w > 0}
        receivers: dict[int, dict[int, Fraction]] = {}
        for s in supports:
            if not links[s.idx]:
                self.issues.error11('SUPPORT_SANS_POIDS', 'Services', s.row, 'Service', s.name,
                                    f'{s.name} : aucun poids non nul dans Ventilations, son coût serait perdu.')
                continue
            if method == 'directe':
                rec = {t_: w for t_, w in links[s.idx].items() if self.services[t_].model != 'support'}
            elif method == 'cascade':
                rec = {t_: w for t_, w in links[s.idx].items() if self.services[t_].model != 'support' or t_ > s.idx}
            else:
                rec = dict(links[s.idx])
            if not rec:
                self.issues.error11('SUPPORT_SANS_RECEVEUR', 'Services', s.row, 'Service', s.name,
                                    f'{s.name} : aucun service ne reçoit son coût avec la méthode de ventilation choisie.')
                continue
            receivers[s.idx] = rec
        if self.issues.has_errors:
            return
        share = {}
        for si, rec in receivers.items():
            tot = sum(rec.values(), ZERO)
            for t_, w in rec.items():
                share[(si, t_)] = w / tot
        if method == 'reciproque':
            # §6.2: a group of supports whose costs can reach no non-support service makes
            # the system singular (§6.6: weight-0 and self rows are no link).
            stuck = []
            for s in supports:
                seen = {s.idx}
                todo = [s.idx]
                reached = False
                while todo and not reached:
                    x = todo.pop()
                    for t_ in links[x]:
                        if self.services[t_].model != 'support':
                            reached = True
                            break
                        if t_ not in seen:
                            seen.add(t_)
                            todo.append(t_)
                if not reached:
                    stuck.append(s)
            if stuck:
                self.issues.error11('VENTILATION_SINGULIERE', 'Ventilations', None, 'Service support',
                                    ', '.join(s.name for s in stuck),
                                    f'Les services supports {", ".join(s.name for s in stuck)} ne se ventilent qu’entre eux : '
                                    'leur coût n’atteint aucun service (système réciproque sans solution).')
                return
            n = len(supports)
            pos = {s.idx: i for i, s in enumerate(supports)}
            # T_s − Σ_{r≠s} a_rs·T_r = D_s
            M = [[ONE if i == j else ZERO for j in range(n)] for i in range(n)]
            for (r, t_), a in share.items():
                if t_ in pos:
                    M[pos[t_]][pos[r]] -= a
            T = solve_exact(M, [s.direct_cost for s in supports])
            if MUTATION == 'reciprocal-one-pass':
                T = [s.direct_cost + sum((share.get((r.idx, s.idx), ZERO) * r.direct_cost for r in supports), ZERO)
                     for s in supports]
            total = {s.idx: T[pos[s.idx]] for s in supports}
        else:
            total = {}
            for s in supports:
                T = s.direct_cost
                if method == 'cascade':
                    T += sum((total[r.idx] * share.get((r.idx, s.idx), ZERO) for r in supports if r.idx < s.idx), ZERO)
                total[s.idx] = T
        self.vent_share = share
        self.vent_total = total
        others = [s for s in self.services if s.model != 'support']
        D = sum((s.direct_cost for s in supports), ZERO)
        R = [sum((total[si] * share.get((si, j.idx), ZERO) for si in receivers), ZERO) for j in others]
        assert sum(R, ZERO) == D or MUTATION, (R, D)
        if D != 0:
            V = largest_remainder(D, [x / D for x in R], self.params.arrondi)
            if MUTATION == 'ventilation-line-rounding':
                V = [round_half_away(x, self.params.arrondi) for x in R]
            for j, v in zip(others, V):
                j.received = v


def solve_exact(M: list[list[Fraction]], b: list[Fraction]) -> list[Fraction]:
    """x with M·x = b, by Gaussian elimination over exact fractions (§6.2 Réciproque).

    >>> [str(x) for x in solve_exact([[Fraction(1), Fraction(-1, 4)], [Fraction(-1, 2), Fraction(1)]], [Fraction(100), Fraction(50)])]
    ['900/7', '800/7']
    """
    n = len(b)
    A = [row[:] + [b[i]] for i, row in enumerate(M)]
    for c in range(n):
        p = next(r for r in range(c, n) if A[r][c] != 0)  # StopIteration: singular (never: reachability checked)
        A[c], A[p] = A[p], A[c]
        piv = A[c][c]
        A[c] = [x / piv for x in A[c]]
        for r in range(n):
            if r != c and A[r][c] != 0:
                f = A[r][c]
                A[r] = [x - f * y for x, y in zip(A[r], A[c])]
    return [A[i][n] for i in range(n)]


def tier_values(s: Service, P: list[Member]) -> list[Fraction]:
    """§6.3 φ_i = Σ_{k ≤ level(i)} (c_k − c_{k−1}) / |{j ∈ P : level(j) ≥ k}| (airport game).

    Levels are s.levels (ordered by Coût, then table order); position k is 1-based.
    """
    pos = {x[2]: k + 1 for k, x in enumerate(s.levels)}
    costs = [ZERO] + [x[0] for x in s.levels]
    lv = [pos[s.level_of[m.idx]] for m in P]
    out = []
    for li in lv:
        phi = ZERO
        for k in range(1, li + 1):
            phi += (costs[k] - costs[k - 1]) / sum(1 for x in lv if x >= k)
        out.append(phi)
    return out


# --------------------------------------------------------------------------------------
# Keys (§2)
# --------------------------------------------------------------------------------------

_TERM = re.compile(r'\s*(?:([0-9]+(?:[.,][0-9]+)?)\s*%\s*)?(.*?)\s*')
_SPLIT = re.compile(r'\+(?=\s*[0-9]+(?:[.,][0-9]+)?\s*%)')


class KeyError_(Exception):
    pass


def parse_key(text: str) -> list[tuple[Fraction, str]]:
    """`60% Population + 40% Agents` -> [(3/5, 'population'), (2/5, 'agents')].

    CHOICE: terms are separated by a `+` that is followed by a weight (so a unit name
    may itself hold a `+`); a lone criterion without weight weighs 100 %; with several
    terms each needs a weight; weights must sum to exactly 100; a criterion named twice
    has its weights added.
    """
    parts = _SPLIT.split(text)
    terms: list[tuple[Optional[Fraction], str]] = []
    for p in parts:
        m = _TERM.fullmatch(p)
        assert m
        w = Fraction(m.group(1).replace(',', '.')) if m.group(1) else None
        name = norm(m.group(2))
        if not name:
            raise KeyError_('critère manquant')
        terms.append((w, name))
    if len(terms) == 1 and terms[0][0] is None:
        return [(ONE, terms[0][1])]
    if any(w is None for w, _ in terms):
        raise KeyError_('poids manquant')
    total = sum((w for w, _ in terms), ZERO)  # type: ignore[misc]
    if total != 100:
        raise KeyError_(f'les poids font {exact_decimal(total, 0)} %, pas 100 %')
    merged: dict[str, Fraction] = {}
    for w, name in terms:
        merged[name] = merged.get(name, ZERO) + w / 100  # type: ignore[operator]
    return [(w, name) for name, w in merged.items()]


def key_shares(wb: Workbook, s: Service, text: str, table: str, row: int) -> Optional[list[Fraction]]:
    """Shares s_i of the participants of s (Membres order) under key `text`, or None
    (errors reported) when the key is invalid."""
    try:
        terms = parse_key(text)
    except KeyError_ as exc:
        wb.issues.error('CLE_INVALIDE', table, row, 'Clé', text, f'Clé invalide : {exc}.')
        return None
    units = {u for (_, u) in s.usage}
    P = s.participants
    shares = [ZERO] * len(P)
    ok = True
    for w, crit in terms:
        if crit in EQUAL_NAMES:
            xs = [ONE if MUTATION == 'no-presence' else m.presence for m in P]
        elif crit == TIER:
            # §6.6: "`Paliers` names the tier criterion even where `Membres` has a column of
            # that name"; §6.3: "x_i = f_i · φ_i".
            xs = [phi * (ONE if MUTATION == 'tier-no-presence' else m.presence) for phi, m in zip(tier_values(s, P), P)]
        elif crit in wb.numeric_columns and wb.numeric_columns[crit]:
            xs = [m.criteria[crit] * (ONE if MUTATION == 'no-presence' else m.presence) for m in P]
            if any(m.criteria[crit] < 0 for m in P):
                wb.issues.error('CRITERE_NEGATIF', 'Membres', None, crit, text, 'Valeur de critère négative.')
                ok = False
                continue
        elif crit in units:
            xs = [s.usage.get((m.idx, crit), ZERO) for m in P]
        else:
            cands = ['Égalitaire'] + [h for h, n in wb.numeric_columns.items() if n] + sorted(units)
            why = ' (colonne non numérique)' if crit in wb.numeric_columns or crit in FIXED_MEMBER_COLUMNS else ''
            wb.issues.error('CRITERE_INCONNU', table, row, 'Clé', text,
                            f'Critère « {crit} » inconnu{why} ; candidats : {", ".join(cands)}.')
            ok = False
            continue
        total = sum(xs, ZERO)
        if w == 0:
            continue
        if total == 0:
            wb.issues.error('CRITERE_TOTAL_NUL', table, row, 'Clé', text, f'Le critère « {crit} » totalise 0 sur les participants.')
            ok = False
            continue
        for i, x in enumerate(xs):
            shares[i] += w * x / total
    return shares if ok else None


# --------------------------------------------------------------------------------------
# Computation (§3)
# --------------------------------------------------------------------------------------

class Row:
    """One quote-part row (§4.1) in exact values."""

    def __init__(self, member: Member, share: Fraction, unit_cost: Optional[Fraction], q: Fraction, g: Fraction,
                 billed: Fraction, settlement: str) -> None:
        self.member, self.share, self.unit_cost = member, share, unit_cost
        self.q, self.g, self.billed, self.settlement = q, g, billed, settlement


def compute_service(wb: Workbook, s: Service, shares: Optional[list[Fraction]]) -> tuple[list[Row], Fraction]:
    """Rows of one service (participants in Membres order) and its check base."""
    p = wb.params
    u = p.arrondi
    P = s.participants

    def alloc(amount: Fraction) -> list[Fraction]:
        assert shares is not None
        if p.ligne_a_ligne:
            return [round_half_away(amount * x, u) for x in shares]
        return largest_remainder(amount, shares, u)

    rows: list[Row] = []
    if s.model == 'mise-a-disposition':
        C = sum(s.base_rows, ZERO) + s.received  # §6.2: V_j is a line of the cost base
        n = [s.usage.get((m.idx, s.unit or ''), ZERO) for m in P]
        U = sum(n, ZERO)
        c = s.unit_cost if s.unit_cost is not None else round_half_away(C / U, p.arrondi_cu)
        for m, ni in zip(P, n):
            q = round_half_away(c * ni, u)
            own = m.porteur
            rows.append(Row(m, ni / U if U else ZERO, c, q, ZERO, ZERO if own else q, 'own-use' if own else 'titre'))
        return rows, C
    B = sum(s.base_rows, ZERO) + (ZERO if MUTATION == 'v-after-overhead' else s.received)  # §6.2: before any overhead
    t = s.rate
    if s.model == 'service-commun':
        factor = ONE + t if t is not None else ONE
        Bp = round_half_away(B * factor, u)
        if MUTATION == 'v-after-overhead':
            Bp += s.received
        dp = {m.idx: round_half_away(s.direct.get(m.idx, ZERO) * factor, u) for m in P}
        parts = alloc(Bp)
        for m, x, a in zip(P, shares or [], parts):
            q = a + dp[m.idx]
            if m.porteur:
                rows.append(Row(m, x, None, q, ZERO, ZERO, 'own-use'))
            elif s.ac:
                rows.append(Row(m, x, None, q, ZERO, ZERO, 'ac'))
            else:
                rows.append(Row(m, x, None, q, ZERO, q, 'titre'))
        return rows, Bp + sum(dp.values(), ZERO)
    # groupement
    Br = round_half_away(B, u)
    dr = {m.idx: round_half_away(s.direct.get(m.idx, ZERO), u) for m in P}
    parts = alloc(Br)
    for m, x, a in zip(P, shares or [], parts):
        q = a + dr[m.idx]
        if m.porteur:
            rows.append(Row(m, x, None, q, ZERO, ZERO, 'own-use'))
            continue
        g = round_half_away(q * t, u) if t is not None else ZERO
        if s.separee:
            rows.append(Row(m, x, None, q, g, g, 'direct'))
        else:
            rows.append(Row(m, x, None, q, g, q + g, 'titre'))
    # CHOICE: §4.6 "cost base to share (after overhead, direct lines included)" and
    # "Σ quote-parts": for a groupement both exclude the coordinator fee g_i.
    return rows, Br + sum(dr.values(), ZERO)


# --------------------------------------------------------------------------------------
# Periods and titres (§4.2, §4.3)
# --------------------------------------------------------------------------------------

def periods_of(year: int, echeances: int) -> list[tuple[str, dt.date, dt.date]]:
    """Label, first day, last day of each installment period of the Exercice."""
    if echeances == 1:
        return [(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))]
    months = 12 // echeances
    prefix = {2: 'S', 4: 'T', 12: 'M'}[echeances]
    out = []
    for k in range(echeances):
        m0 = k * months + 1
        m1 = m0 + months - 1
        first = dt.date(year, m0, 1)
        last = dt.date(year, m1, calendar.monthrange(year, m1)[1])
        label = f'{year}-{prefix}{k + 1:02d}' if prefix == 'M' else f'{year}-{prefix}{k + 1}'
        out.append((label, first, last))
    return out


KIND_ORDER = {'qp': 0, 'fee': 1, 'solde': 0}


def issue_titres(wb: Workbook, candidates: dict[tuple[int, tuple[str, dt.date, dt.date]], dict[tuple[int, str], Fraction]]
                 ) -> list[tuple[tuple[str, dt.date, dt.date], Member, list[tuple[int, str, Fraction]]]]:
    """Apply the §4.2 floor with carry-over per debtor; returns issued titres in the
    numbering order (period first day, last day, Membres order)."""
    seuil = wb.params.seuil
    by_member: dict[int, list[tuple[str, dt.date, dt.date]]] = {}
    for (mi, per) in candidates:
        by_member.setdefault(mi, []).append(per)
    issued = []
    stats = wb.stats
    for mi, pers in by_member.items():
        member = wb.members[mi]
        pers.sort(key=lambda x: (x[1], x[2]))
        carry: dict[tuple[int, str], Fraction] = {}
        for per in pers:
            lines = dict(carry)
            for k, a in candidates[(mi, per)].items():
                lines[k] = lines.get(k, ZERO) + a  # "lines of the same service and kind add up"
            total = sum(lines.values(), ZERO)
            if total < seuil or (MUTATION == 'floor-inclusive' and total == seuil):
                carry = {} if MUTATION == 'no-carry' else lines
                continue
            if carry:
                stats['carriedInto'] += 1
            carry = {}
            ordered = sorted(lines.items(), key=lambda kv: (kv[0][0], KIND_ORDER[kv[0][1]]))
            issued.append((per, member, [(si, kind, a) for (si, kind), a in ordered]))
        if carry:
            stats['unissued'] += 1
            total = sum(carry.values(), ZERO)
            wb.issues.warning('TITRE_SOUS_SEUIL', 'Titres', None, None, exact_decimal(total, 2),
                              f'{member.name} : {exact_decimal(total, 2)} € sous le seuil, non émis.')
    issued.sort(key=lambda x: (x[1].idx, x[0][1], x[0][2]) if MUTATION == 'member-first' else (x[0][1], x[0][2], x[1].idx))
    return issued


# --------------------------------------------------------------------------------------
# Run
# --------------------------------------------------------------------------------------

def empty_result(issues: Issues) -> dict:
    return {'quoteParts': [], 'titres': [], 'reductions': [], 'compensation': [], 'comparison': [],
            'checks': [], 'ventilation': [], 'ventilationTotals': [], 'coalitions': [], 'evolution': [],
            'issues': issues.items}


def run(raw: dict) -> dict:
    """The §5 JSON document for one RawWorkbook."""
    wb = Workbook(raw)
    if wb.issues.has_errors:
        return empty_result(wb.issues)
    services = [s for s in wb.services if s.model != 'support']
    supports = [s for s in wb.services if s.model == 'support']
    p = wb.params
    u = p.arrondi
    amount_decimals = max(2, decimals_of(u) or 2)

    def amt(x: Fraction) -> str:
        return exact_decimal(x, amount_decimals)

    # shares for every scenario (reference first); any invalid key invalidates the run
    scen_names = ['Référence'] + [n for n, _ in wb.scenarios]
    overrides = [{}] + [o for _, o in wb.scenarios]
    shares: list[dict[int, Optional[list[Fraction]]]] = []
    for ov in overrides:
        per: dict[int, Optional[list[Fraction]]] = {}
        for s in services:
            if s.model == 'mise-a-disposition':
                per[s.idx] = None
                continue
            if s.idx in ov:
                text, row = ov[s.idx]
                per[s.idx] = key_shares(wb, s, text, 'Scenarios', row)
            elif s.key_text is not None:
                per[s.idx] = key_shares(wb, s, s.key_text, 'Services', s.row)
        shares.append(per)
    for s in services:
        if s.model == 'mise-a-disposition' and s.unit_cost is None:
            U = sum((s.usage.get((m.idx, s.unit or ''), ZERO) for m in s.participants), ZERO)
            if U == 0:
                wb.issues.error('UNITES_NULLES', 'Services', s.row, 'Unité', s.name,
                                'Aucune unité consommée et pas de coût unitaire fixé.')
    if wb.issues.has_errors:
        return empty_result(wb.issues)

    results: list[dict[int, tuple[list[Row], Fraction]]] = []
    for per in shares:
        results.append({s.idx: compute_service(wb, s, per.get(s.idx)) for s in services})
    ref = results[0]

    # AC settlement: missing AC is an error
    for s in services:
        for r in ref[s.idx][0]:
            if r.settlement == 'ac' and r.member.ac is None:
                wb.issues.error('AC_MANQUANTE', 'Membres', r.member.row, 'Attribution de compensation', None,
                                f'{r.member.name} : attribution de compensation manquante (service {s.name}).')
    # a porteur is required as soon as an amount > 0 is billed in Référence
    if not any(m.porteur for m in wb.members):
        if any(r.billed > 0 for s in services for r in ref[s.idx][0]):
            wb.issues.error('PORTEUR_MANQUANT', 'Membres', None, 'Porteur', None,
                            'Un porteur (Porteur = Oui) est nécessaire dès qu’un montant est facturé.')
    if wb.issues.has_errors:
        return empty_result(wb.issues)

    out = empty_result(wb.issues)
    # quoteParts and checks
    for name, res in zip(scen_names, results):
        for s in services:
            rows, base = res[s.idx]
            for r in rows:
                out['quoteParts'].append({
                    'scenario': name, 'service': s.name, 'model': s.model, 'member': r.member.name,
                    'share': fmt_share(r.share),
                    'unitCost': None if r.unit_cost is None else exact_decimal(r.unit_cost, 0),
                    'quotePart': amt(r.q), 'fee': amt(r.g), 'billed': amt(r.billed), 'settlement': r.settlement,
                })
            total = sum((r.q for r in rows), ZERO)
            out['checks'].append({'scenario': name, 'service': s.name, 'base': amt(base), 'total': amt(total),
                                  'difference': amt(total - base)})
            if total != base:
                wb.issues.warning('ECART_ARRONDI', 'Services', s.row, None, amt(total - base),
                                  f'{name} / {s.name} : écart d’arrondi {amt(total - base)} €.')
        if supports:
            # §6.2: "Checks gain one row per scenario with service `Services supports`"
            D = sum((x.direct_cost for x in supports), ZERO)
            V = sum((x.received for x in services), ZERO)
            out['checks'].append({'scenario': name, 'service': 'Services supports', 'base': amt(round_half_away(D, u)),
                                  'total': amt(V), 'difference': amt(V - round_half_away(D, u))})

    # ventilation (§6.2), the same in every scenario
    for sp in supports:
        for t in wb.services:
            a = wb.vent_share.get((sp.idx, t.idx))
            if a is None or a == 0:
                continue
            out['ventilation'].append({'support': sp.name, 'service': t.name,
                                       'weight': exact_decimal(wb.vent_weights[(sp.idx, t.idx)], 0),
                                       'share': fmt_share(a), 'amount': amt(round_half_away(wb.vent_total[sp.idx] * a, u))})
    if supports:
        for t in wb.services:
            if t.model == 'support':
                out['ventilationTotals'].append({'service': t.name, 'direct': amt(round_half_away(t.direct_cost, u)),
                                                 'total': amt(round_half_away(wb.vent_total[t.idx], u)), 'received': None})
            else:
                out['ventilationTotals'].append({'service': t.name, 'direct': None, 'total': None,
                                                 'received': amt(t.received)})

    # compensation (§4.4)
    for m in wb.members:
        imputed = ZERO
        settled = False
        for s in services:
            for r in ref[s.idx][0]:
                if r.member is m and r.settlement == 'ac':
                    settled = True
                    imputed += r.q
        if settled:
            assert m.ac is not None
            after = m.ac - imputed
            out['compensation'].append({'member': m.name, 'before': amt(m.ac), 'imputed': amt(imputed), 'after': amt(after)})
            if after < 0:
                wb.issues.warning('AC_NEGATIVE', 'Membres', m.row, 'Attribution de compensation', amt(after),
                                  f'{m.name} : attribution de compensation nette négative.')

    # comparison (§4.5)
    taking_part = [m for m in wb.members if any(m in s.participants for s in services)]
    member_totals: dict[int, list[Fraction]] = {}
    for m in taking_part:
        totals = []
        for res in results:
            tot = ZERO
            for s in services:
                for r in res[s.idx][0]:
                    if r.member is m:
                        tot += r.q + r.g
            totals.append(tot)
        member_totals[m.idx] = totals
        for name, tot in zip(scen_names, totals):
            sa = wb.standalone.get(m.idx)
            gain = None if sa is None else sa - tot
            if gain is not None and gain < 0:
                wb.issues.warning('GAIN_NEGATIF', 'CoutsAutonomes', None, 'Montant', amt(gain),
                                  f'{m.name} / {name} : paierait moins seul.')
            out['comparison'].append({'member': m.name, 'scenario': name, 'total': amt(tot), 'delta': amt(tot - totals[0]),
                                      'standalone': None if sa is None else amt(sa),
                                      'gain': None if gain is None else amt(gain)})

    # coalitions (§6.4): groups of two or more, per scenario then group row
    for k, name in enumerate(scen_names):
        for text, members, sa in wb.groups:
            # §6.6: "A group member who takes part in no service counts 0."
            tot = sum((member_totals[m.idx][k] for m in members if m.idx in member_totals), ZERO)
            gain = sa - tot
            out['coalitions'].append({'scenario': name, 'group': text, 'members': len(members), 'total': amt(tot),
                                      'standalone': amt(sa), 'gain': amt(gain), 'stable': gain > 0 if MUTATION == 'coalition-stable-strict' else gain >= 0})

    # evolution (§6.5), scenario Référence
    if wb.history is not None:
        current: dict[tuple[int, str], Fraction] = {}
        for s in services:
            for r in ref[s.idx][0]:
                current[(r.member.idx, norm(s.name))] = r.q + r.g
        order = [(norm(s.name), s.name) for s in wb.services] + wb.history_services
        for m in wb.members:
            for key, sname in order:
                prev = wb.history.get((m.idx, key))
                cur = current.get((m.idx, key))
                if prev is None and cur is None:
                    continue
                delta = (cur or ZERO) - (prev or ZERO)
                pct = None if not prev else exact_decimal(round_half_away(delta / prev * 100, Fraction(1, 100)), 2)
                out['evolution'].append({'member': m.name, 'service': sname,
                                         'previous': None if prev is None else amt(prev),
                                         'current': None if cur is None else amt(cur),
                                         'delta': amt(delta), 'percent': pct})

    # titres (§4.2 / §4.3)
    year = p.exercice
    candidates: dict = {}
    if wb.acomptes is None:
        for s in services:
            pers = periods_of(year, s.echeances)
            for r in ref[s.idx][0]:
                m = r.member
                if r.settlement == 'titre' and s.model != 'groupement':
                    pieces = [('qp', r.billed)]
                elif r.settlement == 'titre':
                    pieces = [('qp', r.q), ('fee', r.g)]  # the fee is its own line
                    if MUTATION == 'fee-merged':
                        pieces = [('qp', r.q + r.g)]
                elif r.settlement == 'direct':
                    pieces = [('fee', r.g)]
                else:
                    continue
                if m.present_from is None:
                    kept = pers  # presence wholly outside the Exercice: every period
                else:
                    kept = [x for x in pers if x[1] <= m.present_to and x[2] >= m.present_from]
                for kind, a in pieces:
                    if a < 0:
                        wb.issues.warning('MONTANT_NEGATIF', 'Titres', None, None, amt(a),
                                          f'{m.name} / {s.name} : montant facturé négatif, aucune ligne.')
                        continue
                    if a == 0:
                        continue
                    # CHOICE: the installment split always uses largest remainder with
                    # equal shares ("whatever the Méthode d'arrondi").
                    parts = largest_remainder(a, [Fraction(1, len(kept))] * len(kept), u)
                    for per, x in zip(kept, parts):
                        if x > 0:
                            lines = candidates.setdefault((m.idx, per), {})
                            lines[(s.idx, kind)] = lines.get((s.idx, kind), ZERO) + x
    else:
        per = periods_of(year, 1)[0]
        billable = set()
        for s in services:
            for r in ref[s.idx][0]:
                if r.settlement not in ('titre', 'direct'):
                    continue
                m = r.member
                billable.add((m.idx, s.idx))
                # CHOICE: every billable pair (settlement titre or direct) counts as
                # "billed in Référence", even with a 0 amount.
                solde = r.billed - wb.acomptes.get((m.idx, s.idx), ZERO)
                if solde > 0:
                    candidates.setdefault((m.idx, per), {})[(s.idx, 'solde')] = solde
                elif solde < 0:
                    out['reductions'].append({'debtor': m.name, 'service': s.name, 'amount': amt(-solde)})
        for k in wb.acomptes:
            if k not in billable:
                wb.issues.warning('ACOMPTE_HORS_FACTURATION', 'Acomptes', wb.acompte_rows.get(k), None, None,
                                  f'Acompte sur un couple non facturé ({wb.members[k[0]].name} / {wb.services[k[1]].name}).')
    number = p.first_number
    for per, m, lines in issue_titres(wb, candidates):
        for ln, (si, kind, a) in enumerate(lines, start=1):
            s = wb.services[si]
            must = []
            conv = s.convention or p.convention  # §6.1: Services.Convention replaces the parameter
            if conv:
                must.append(['stricter', conv])
            if s.received != 0 and kind != 'fee':
                must.append(['supports', 'services supports'])  # §6.2 "dont … € de services supports ventilés"
            out['titres'].append({
                'number': number, 'line': ln, 'period': per[0], 'debtor': m.name, 'service': s.name,
                'account': s.account, 'amount': amt(a),
                'liquidation': f'{s.name} ({"frais de gestion" if kind == "fee" else kind}) : {amt(a)} €, période {per[0]}',
                '_mustContain': must,
            })
        number += 1
    out['issues'] = wb.issues.items
    out['_stats'] = wb.stats
    return out


_PARAM_KEYS = {norm(x) for x in ['Exercice', 'Organisme', 'Convention', "Date d'émission", 'Arrondi', "Méthode d'arrondi",
                                 'Arrondi coût unitaire', 'Premier numéro de titre', 'Seuil minimal de titre',
                                 'Méthode de ventilation']}


def _to_fraction(text: str) -> Fraction:
    return Fraction(text)


def load(text: str) -> Any:
    """JSON with every number read as an exact Fraction (JS writes numbers as their
    shortest round-trip decimal, which is what §1 says a numeric cell means)."""
    return json.loads(text, parse_float=_to_fraction, parse_int=_to_fraction)


def main(argv: list[str]) -> int:
    text = open(argv[1], encoding='utf-8').read() if len(argv) > 1 else sys.stdin.read()
    data = load(text)
    if isinstance(data, list):
        out: Any = []
        for w in data:
            try:
                out.append(run(w))
            except Exception as exc:  # a crash of the reference is reported, not hidden
                out.append({'crash': f'{type(exc).__name__}: {exc}'})
    else:
        out = run(data)
    sys.stdout.write(json.dumps(out, ensure_ascii=False))
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
