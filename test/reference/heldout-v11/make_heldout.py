#!/usr/bin/python3
"""Held-out contract v1.1 workbooks: written by openpyxl (another spreadsheet library than
QuotePart's own xlsx writer), expected results computed by the independent Python
reference (../quotepart_ref.py) from the same data, never by the engine.

Run with the system Python, which has python3-openpyxl:
    /usr/bin/python3 test/reference/heldout-v11/make_heldout.py
It rewrites every `<name>.xlsx`, `<name>.expected.json` and `manifest.json` of this folder
(deterministic: same files on every run). heldoutV11.test.ts runs the engine on each xlsx
and compares with the expected JSON, for the §6 parts the engine has (engineV11.ts).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import quotepart_ref as ref  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.worksheet.table import Table, TableStyleInfo  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

F = Fraction


def money(text: str) -> Fraction:
    """An exact decimal written in the source as text ("1234.56")."""
    return Fraction(text)


# Each workbook: name -> {'parts': [...], 'note': str, 'tables': [(table name, sheet, (row, col), headers, rows)]}
WORKBOOKS: dict[str, dict] = {}

MEMBERS_H = ['Membre', 'Type', 'SIRET', 'Porteur', 'Attribution de compensation', 'Entrée', 'Sortie', 'Population', 'Agents']
SERVICES_H = ['Service', 'Modèle', 'Clé', 'Unité', 'Coût unitaire', 'Frais de gestion', 'Règlement', 'Exécution',
              'Compte', 'Échéances', 'Convention']
CHARGES_H = ['Service', 'Libellé', 'Nature', 'Montant', 'Éligible', 'Membre']


def members_agglo(extra=()):
    return [
        ['Agglo du Pays', 'EPCI', '20004567800015', 'Oui', None, None, None, 12000, F(45)],
        ['Ville A', 'Commune', '21340001200010', None, F(250000), None, None, 8000, F('12.5')],
        ['Ville B', 'Commune', '21340002000013', None, F(120000), dt.date(2026, 4, 1), None, 3500, F(6)],
        ['Ville C', 'Commune', None, None, F(90000), None, dt.date(2026, 9, 30), 2500, F('4.25')],
        ['CCAS de A', 'CCAS', None, None, None, None, None, 0, F(3)],
    ] + list(extra)


def params(*extra):
    return [['Exercice', 2026], ['Organisme', 'Agglo du Pays'], ['Convention', 'CONV-2026-01'],
            ["Date d'émission", dt.date(2026, 3, 16)]] + [list(x) for x in extra]


def add(name, parts, note, tables, status):
    WORKBOOKS[name] = {'parts': parts, 'note': note, 'tables': tables, 'status': status}


def t(name, headers, rows, sheet=None, at=(1, 1)):
    return (name, sheet or name, at, headers, rows)


# ------------------------------------------------------------------ valid workbooks
SUPPORT_SERVICES = [
    ['Direction DSI', 'Service support', None, None, None, None, None, None, None, None, None],
    ['Datacentre', 'Service support', None, None, None, None, None, None, None, None, None],
    ['Messagerie', 'Service commun', 'Population', None, None, '3 %', None, None, None, 4, 'CONV-MESS-2026'],
    ['Assistance', 'Mise à disposition', None, 'Heures', None, None, None, None, '70846', 12, None],
    ['Logiciels', 'Groupement de commandes', '50 % Population + 50 % Agents', None, None, '2 %', None, None, None, None, None],
]
SUPPORT_CHARGES = [
    ['Direction DSI', 'Encadrement', 'Personnel', F(8000), None, None],
    ['Datacentre', 'Électricité', 'Fluides', F(3500), None, None],
    ['Datacentre', 'Baies', 'Renouvellement', F(1500), 'Oui', None],
    ['Datacentre', 'Étude', 'Autre', F(999), 'Non', None],
    ['Messagerie', 'Licences', 'Contrats de services', money('18450.37'), None, None],
    ['Assistance', 'Techniciens', 'Personnel', money('41000.10'), None, None],
    ['Logiciels', 'Marché', 'Contrats de services', money('30333.33'), None, None],
    ['Logiciels', 'Module propre', 'Contrats de services', F(1200), None, 'Ville B'],
]
SUPPORT_USAGES = [
    ['Assistance', 'Agglo du Pays', 'Heures', F(400)],
    ['Assistance', 'Ville A', 'heures', F('212.5')],
    ['Assistance', 'Ville B', 'Heures', F(80)],
    ['Assistance', 'Ville C', 'Heures', F(33)],
]
VENT_2 = [
    ['Direction DSI', 'Datacentre', '50 %'],
    ['Direction DSI', 'Messagerie', '30 %'],
    ['Direction DSI', 'Assistance', '20 %'],
    ['Datacentre', 'Direction DSI', F(2)],
    ['Datacentre', 'Messagerie', F(5)],
    ['Datacentre', 'Logiciels', F(3)],
]


def supports_workbook(method, vent, services=SUPPORT_SERVICES, charges=SUPPORT_CHARGES):
    p = params(('Méthode de ventilation', method)) if method else params()
    return [
        t('Parametres', ['Paramètre', 'Valeur'], p, sheet='Paramètres'),
        t('Membres', MEMBERS_H, members_agglo(), at=(3, 2)),
        t('Services', SERVICES_H, services),
        t('Charges', CHARGES_H, charges),
        t('Usages', ['Service', 'Membre', 'Unité', 'Quantité'], SUPPORT_USAGES),
        t('Ventilations', ['Service support', 'Service', 'Poids'], vent),
    ]


add('v11-supports-reciproque', ['stricter', 'supports'],
    'Two support services that serve each other (the docs example: T = 10 000 € each), '
    'default method Réciproque; a Service commun with overhead and its own Convention, a '
    'Mise à disposition (V_j in the unit cost), a groupement with a direct line.',
    supports_workbook(None, VENT_2), 'valid')

VENT_3 = [
    ['Direction DSI', 'Datacentre', F(3)],
    ['Direction DSI', 'Sécurité', F(1)],
    ['Direction DSI', 'Messagerie', F(0)],
    ['Direction DSI', 'Assistance', F('2.5')],
    ['Direction DSI', 'Direction DSI', F(4)],
    ['Sécurité', 'Datacentre', '25 %'],
    ['Sécurité', 'Logiciels', '75 %'],
    ['Sécurité', 'Direction DSI', '10 %'],
    ['Datacentre', 'Messagerie', F(7)],
    ['Datacentre', 'Logiciels', F(2)],
    ['Datacentre', 'Messagerie', F(1)],
    ['Datacentre', 'Sécurité', F(1)],
]
SERVICES_3 = SUPPORT_SERVICES[:1] + [['Sécurité', 'service support', None, None, F(12), None, None, None, '6156', None, None]] \
    + SUPPORT_SERVICES[1:]
CHARGES_3 = SUPPORT_CHARGES + [['Sécurité', 'Pare-feu', 'Contrats de services', money('4321.09'), None, None]]
for method in ('En cascade', 'Directe', 'Réciproque'):
    slug = {'En cascade': 'cascade', 'Directe': 'directe', 'Réciproque': 'reciproque-3'}[method]
    add(f'v11-supports-{slug}', ['stricter', 'supports'],
        f'Three supports in Services order Direction DSI, Sécurité, Datacentre, method {method}: a self '
        'row (warning), a weight 0 (no link), a pair given twice (adds up), percentages and numbers mixed.',
        supports_workbook(method, VENT_3, SERVICES_3, CHARGES_3), 'valid')

TIER_SERVICES = [
    ['Hébergement', 'Service commun', 'Paliers', None, None, None, None, None, None, None, None],
    ['Sauvegarde', 'Service commun', '60 % Paliers + 40 % Population', None, None, None, None, None, None, 2, None],
    ['Messagerie', 'Service commun', 'Égalitaire', None, None, None, None, None, None, None, None],
]
TIER_ADHESIONS = [
    ['Hébergement', 'Agglo du Pays', 'Base'],
    ['Hébergement', 'Ville A', 'Sauvegarde'],
    ['Hébergement', 'Ville B', 'PRA'],
    ['Hébergement', 'Ville C', 'Astreinte'],
    ['Sauvegarde', 'Agglo du Pays', 'Or'],
    ['Sauvegarde', 'Ville A', 'argent'],
    ['Sauvegarde', 'Ville B', 'Bronze'],
    ['Sauvegarde', 'Ville C', 'Argent bis'],
    ['Sauvegarde', 'CCAS de A', 'Bronze'],
    ['Messagerie', 'Ville A', 'Base'],
    ['Messagerie', 'Ville B', None],
    ['Messagerie', 'Agglo du Pays', None],
]
TIER_LEVELS = [
    ['Hébergement', 'Astreinte', F(18000)],
    ['Hébergement', 'Base', F(8000)],
    ['Hébergement', 'PRA', F(13000)],
    ['Hébergement', 'Sauvegarde', F(11000)],
    ['Sauvegarde', 'Bronze', money('1000.50')],
    ['Sauvegarde', 'Argent', F(2500)],
    ['Sauvegarde', 'Argent bis', F(2500)],
    ['Sauvegarde', 'Or', F(4000)],
]
TIER_CHARGES = [
    ['Hébergement', 'Hébergement', 'Contrats de services', F(18000), None, None],
    ['Sauvegarde', 'Sauvegardes', 'Contrats de services', money('7777.77'), None, None],
    ['Messagerie', 'Licences', 'Contrats de services', F(1000), None, None],
]
add('v11-paliers', ['stricter', 'paliers'],
    'The docs tier example (8/11/13/18 k€ -> 2/3/4/9 k€) on Hébergement; a weighted key '
    '60 % Paliers + 40 % Population with two levels of equal cost, presence fractions (Ville B '
    'from 1 April, Ville C until 30 September) and the Population criterion; a Palier on a '
    'service that does not use Paliers (warning).',
    [
        t('Parametres', ['Paramètre', 'Valeur'], params()),
        t('Membres', MEMBERS_H, members_agglo()),
        t('Services', SERVICES_H, TIER_SERVICES),
        t('Charges', CHARGES_H, TIER_CHARGES),
        t('Adhesions', ['Service', 'Membre', 'Palier'], TIER_ADHESIONS),
        t('Paliers', ['Service', 'Palier', 'Coût'], TIER_LEVELS, at=(2, 1)),
    ], 'valid')

COAL_MEMBERS = [
    ['Agglo', 'EPCI', None, 'Oui', None, None, None, 0, F(0)],
    ['Ville A', 'Commune', None, None, None, None, None, 4000, F(10)],
    ['Ville B', 'Commune', None, None, None, None, None, 3500, F(10)],
    ['Ville C', 'Commune', None, None, None, None, None, 2500, F(20)],
    ['Syndicat', 'Syndicat', None, None, None, None, None, 0, F(0)],
]
add('v11-coalitions', ['coalitions'],
    'The docs three-commune example: 100 000 € by Population (40 000 / 35 000 / 25 000); '
    'Ville A + Ville B would pay 70 000 € alone (gain -5 000 €: they would leave); B + C and '
    'A + B + C gain; A + C exactly breaks even (gain 0: stable); a scenario Égalitaire; a group '
    'with a member in no service (counts 0).',
    [
        t('Parametres', ['Paramètre', 'Valeur'], [['Exercice', 2026]]),
        t('Membres', MEMBERS_H, COAL_MEMBERS),
        t('Services', SERVICES_H, [['Informatique', 'Service commun', 'Population', None, None, None, None, None, None, None, None]]),
        t('Charges', CHARGES_H, [['Informatique', 'Socle', None, F(100000), None, None]]),
        t('Adhesions', ['Service', 'Membre'], [['Informatique', 'Ville A'], ['Informatique', 'Ville B'], ['Informatique', 'Ville C']]),
        t('Scenarios', ['Scénario', 'Service', 'Clé'], [['Parts égales', 'Informatique', 'Égalitaire']]),
        t('CoutsAutonomes', ['Membre', 'Montant'], [
            ['Ville A', F(50000)], ['Ville B', F(45000)], ['Ville C', F(30000)],
            ['Ville A + Ville B', F(70000)], ['Ville B+Ville C', F(65000)],
            ['Ville A + Ville B + Ville C', F(105000)], ['ville c + SYNDICAT', F(20000)],
            ['Ville A + Ville C', F(65000)],
        ]),
    ], 'valid')

add('v11-historique', ['historique'],
    'Last year per member and service: a service that ended (Télécopie), two rows of one pair '
    '(add up), an amount with 3 decimals (rounded to the cent first), a previous amount of 0 '
    '(no %), a member with a quote-part and no history, and the porteur\'s own use.',
    [
        t('Parametres', ['Paramètre', 'Valeur'], params()),
        t('Membres', MEMBERS_H, members_agglo()),
        t('Services', SERVICES_H, [
            ['Messagerie', 'Service commun', 'Population', None, None, None, None, None, None, None, None],
            ['Logiciels', 'Groupement de commandes', 'Agents', None, None, '2 %', None, None, None, None, None],
        ]),
        t('Charges', CHARGES_H, [['Messagerie', 'Licences', None, money('18450.37'), None, None],
                                 ['Logiciels', 'Marché', None, money('9000.01'), None, None]]),
        t('Historique', ['Membre', 'Service', 'Montant'], [
            ['Ville A', 'Messagerie', money('5000.00')],
            ['Ville A', 'Messagerie', money('250.125')],
            ['Ville A', 'Télécopie', F(320)],
            ['Ville B', 'messagerie', F(0)],
            ['Agglo du Pays', 'Messagerie', money('7000.5')],
            ['Ville C', 'Télécopie', money('99.99')],
            ['CCAS de A', 'Logiciels', money('1500')],
        ], sheet='Historique 2025'),
    ], 'valid')

add('v11-stricter-warnings', ['stricter'],
    'Warnings only (§6.1): a Usages row of a unit used by another service, a member who left '
    'before the Exercice but takes part, duplicate Acomptes rows, a Service commun carried by a '
    'Syndicat, AC-settled members that are not communes, a per-service Convention.',
    [
        t('Parametres', ['Paramètre', 'Valeur'], params()),
        t('Membres', MEMBERS_H, [
            ['Syndicat mixte', 'Syndicat', None, 'Oui', None, None, None, 1, F(1)],
            ['Ville A', 'Commune', None, None, F(50000), None, None, 8000, F(2)],
            ['Ville B', 'CCAS', None, None, F(20000), None, None, 2000, F(1)],
            ['Ville D', 'Commune', None, None, F(1000), None, dt.date(2025, 12, 31), 1000, F(1)],
        ]),
        t('Services', SERVICES_H, [
            ['Assistance', 'Mise à disposition', None, 'Heures', None, None, None, None, None, None, 'CONV-MAD-7'],
            ['Paie', 'Service commun', 'Bulletins', None, None, None, 'Attribution de compensation', None, None, None, None],
            ['Réseau', 'Service commun', 'Population', None, None, None, None, None, None, 4, None],
        ]),
        t('Charges', CHARGES_H, [['Assistance', 'x', None, F(3000), None, None], ['Paie', 'x', None, money('1234.56'), None, None],
                                 ['Réseau', 'x', None, F(4000), None, None]]),
        t('Usages', ['Service', 'Membre', 'Unité', 'Quantité'], [
            ['Assistance', 'Ville A', 'Heures', F(10)], ['Assistance', 'Ville B', 'Heures', F(5)],
            ['Paie', 'Ville A', 'Bulletins', F(120)], ['Paie', 'Ville B', 'Bulletins', F(30)],
            ['Réseau', 'Ville A', 'Heures', F(3)],
        ]),
        t('Acomptes', ['Membre', 'Service', 'Montant'], [
            ['Ville A', 'Réseau', F(1000)], ['Ville A', 'Réseau', F(1000)], ['Ville B', 'Assistance', F(300)],
            ['Ville A', 'Assistance', F(1500)],
        ]),
    ], 'valid')

COMBINED_SERVICES = SERVICES_3 + [
    ['Hébergement', 'Service commun', 'Paliers', None, None, '5 %', None, None, None, 12, 'CONV-HEB'],
]
COMBINED_CHARGES = CHARGES_3 + [['Hébergement', 'Hébergement', None, F(18000), None, None]]
COMBINED_VENT = VENT_3 + [['Datacentre', 'Hébergement', F(6)]]
add('v11-combined', ['stricter', 'supports', 'paliers', 'coalitions', 'historique'],
    'Every §6 table together: three supports (Réciproque, Datacentre also serving the tiered '
    'Hébergement), Paliers with overhead, coalitions, Historique, two scenarios.',
    [
        t('Parametres', ['Paramètre', 'Valeur'], params(('Arrondi', F(1, 100)), ('Seuil minimal de titre', 15))),
        t('Membres', MEMBERS_H, members_agglo()),
        t('Services', SERVICES_H, COMBINED_SERVICES),
        t('Charges', CHARGES_H, COMBINED_CHARGES),
        t('Usages', ['Service', 'Membre', 'Unité', 'Quantité'], SUPPORT_USAGES),
        t('Ventilations', ['Service support', 'Service', 'Poids'], COMBINED_VENT),
        t('Paliers', ['Service', 'Palier', 'Coût'], TIER_LEVELS[:4]),
        t('Adhesions', ['Service', 'Membre', 'Palier'], TIER_ADHESIONS[:4] + [['Hébergement', 'CCAS de A', 'Base']]),
        t('Scenarios', ['Scénario', 'Service', 'Clé'], [['Tout population', 'Messagerie', 'Population'],
                                                       ['Tout population', 'Hébergement', '50 % Paliers + 50 % Population'],
                                                       ['Égalité', 'Logiciels', 'Égalitaire']]),
        t('CoutsAutonomes', ['Membre', 'Montant'], [['Ville A', F(90000)], ['Ville A + Ville B', F(60000)],
                                                    ['Ville B + Ville C + CCAS de A', F(40000)]]),
        t('Historique', ['Membre', 'Service', 'Montant'], [['Ville A', 'Messagerie', money('9000')],
                                                           ['Ville B', 'Hébergement', money('2500.5')],
                                                           ['Ville C', 'Ancien SIG', F(800)]]),
    ], 'valid')

add('v1-control', [],
    'A v1 workbook (no §6 table) written by openpyxl: must pass today, before and after v1.1.',
    [
        t('Parametres', ['Paramètre', 'Valeur'], params()),
        t('Membres', MEMBERS_H, members_agglo()),
        t('Services', SERVICES_H[:10], [r[:10] for r in SUPPORT_SERVICES[2:]]),
        t('Charges', CHARGES_H, SUPPORT_CHARGES[4:]),
        t('Usages', ['Service', 'Membre', 'Unité', 'Quantité'], SUPPORT_USAGES),
    ], 'valid')


# ------------------------------------------------------------------ invalid workbooks
def variant(base: str, name: str, parts, note, edit):
    tables = [(n, s, at, list(h), [list(r) for r in rows]) for (n, s, at, h, rows) in WORKBOOKS[base]['tables']]
    edit({n: rows for (n, _, _, _, rows) in tables}, tables)
    add(name, parts, note, tables, 'invalid')


def drop(tables, name):
    tables[:] = [x for x in tables if x[0] != name]


variant('v11-stricter-warnings', 'error-unite-inutilisee', ['stricter'],
        'A Usages row whose unit "Heure" (a typo for "Heures") no service uses: a §6.1 error.',
        lambda rows, _: rows['Usages'].append(['Assistance', 'Ville A', 'Heure', F(2)]))
variant('v11-supports-reciproque', 'error-ventilation-singuliere', ['supports'],
        'Direction DSI and Datacentre serve only each other (Réciproque): singular system.',
        lambda rows, _: rows['Ventilations'].__setitem__(slice(None), [['Direction DSI', 'Datacentre', F(1)],
                                                                        ['Datacentre', 'Direction DSI', F(1)],
                                                                        ['Datacentre', 'Messagerie', F(0)]]))
variant('v11-supports-reciproque', 'error-support-sans-poids', ['supports'],
        'Datacentre has only weights 0 and a self row: its cost would be lost.',
        lambda rows, _: rows['Ventilations'].__setitem__(slice(3, None), [['Datacentre', 'Messagerie', F(0)],
                                                                           ['Datacentre', 'Datacentre', F(5)]]))
variant('v11-supports-cascade', 'error-support-sans-receveur', ['supports'],
        'En cascade: Datacentre, last support, only serves Sécurité, listed before it.',
        lambda rows, _: rows['Ventilations'].__setitem__(slice(8, None), [['Datacentre', 'Sécurité', F(1)]]))
variant('v11-supports-reciproque', 'error-support-adhesion-usage-ligne', ['supports'],
        'A support named in Adhesions, in Usages and by a Charges row with a Membre: three errors.',
        lambda rows, tables: (tables.append(t('Adhesions', ['Service', 'Membre'], [['Datacentre', 'Ville A'],
                                                                                   ['Messagerie', 'Ville A']])),
                              rows['Usages'].append(['Datacentre', 'Ville A', 'Heures', F(1)]),
                              rows['Charges'].append(['Direction DSI', 'Projet', None, F(10), None, 'Ville B'])))
variant('v11-supports-reciproque', 'error-ventilations-manquant', ['supports'],
        'Support services without a Ventilations table.',
        lambda rows, tables: drop(tables, 'Ventilations'))
variant('v11-supports-directe', 'error-poids-vide', ['supports'],
        'A blank Poids and a negative one.',
        lambda rows, _: (rows['Ventilations'][0].__setitem__(2, None), rows['Ventilations'][5].__setitem__(2, '-25 %')))
variant('v11-supports-reciproque', 'error-support-cout-negatif', ['supports'],
        'A subsidy larger than the costs of a support service (negative D_s).',
        lambda rows, _: rows['Charges'].append(['Direction DSI', 'Subvention', None, F(-9000), None, None]))
variant('v11-paliers', 'error-palier-inconnu', ['paliers'],
        'A Palier unknown for Hébergement (keyed by Paliers).',
        lambda rows, _: rows['Adhesions'][2].__setitem__(2, 'Platine'))
variant('v11-paliers', 'error-palier-manquant', ['paliers'],
        'A participant of Sauvegarde without a Palier.',
        lambda rows, _: rows['Adhesions'][8].__setitem__(2, None))
variant('v11-paliers', 'error-paliers-absents', ['paliers'],
        'Messagerie keyed by Paliers with no Paliers rows; two levels of one name; a negative cost.',
        lambda rows, _: (rows['Services'][2].__setitem__(2, 'Paliers'),
                         rows['Paliers'].append(['Hébergement', 'base', F(1)]),
                         rows['Paliers'].append(['Sauvegarde', 'Platine', F(-1)])))
variant('v11-paliers', 'error-deux-paliers', ['paliers'],
        'Two different levels for one member and service.',
        lambda rows, _: rows['Adhesions'].append(['Hébergement', 'Ville A', 'PRA']))
variant('v11-coalitions', 'error-groupes', ['coalitions'],
        'A group naming a member twice, a group given twice (other order), an empty name in a group.',
        lambda rows, _: rows['CoutsAutonomes'].extend([['Ville A + Ville A', F(1)], ['Ville C + Ville B', F(2)],
                                                      ['Ville A + ', F(3)]]))
variant('v11-historique', 'error-historique', ['historique'],
        'Historique with an unknown member and a blank Montant.',
        lambda rows, _: rows['Historique'].extend([['Ville Z', 'Messagerie', F(10)], ['Ville A', 'Logiciels', None]]))


# ------------------------------------------------------------------ writing
def xlsx_value(v):
    if isinstance(v, Fraction):
        return int(v) if v.denominator == 1 else float(ref.exact_decimal(v, 0))
    return v


def raw_value(v):
    if isinstance(v, dt.date):
        return {'kind': 'date', 'iso': v.isoformat()}
    if isinstance(v, int) and not isinstance(v, bool):
        return Fraction(v)
    if isinstance(v, Fraction):
        # the engine reads a numeric cell as the shortest decimal of its binary value
        return Fraction(repr(float(v))) if v.denominator != 1 else v
    return v


def write(name: str, spec: dict) -> dict:
    wb = Workbook()
    wb.remove(wb.active)
    raw_tables = []
    for (tname, sheet, (r0, c0), headers, rows) in spec['tables']:
        ws = wb.create_sheet(sheet)
        for j, h in enumerate(headers):
            ws.cell(r0, c0 + j, h)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    cell = ws.cell(r0 + 1 + i, c0 + j, xlsx_value(v))
                    if isinstance(v, dt.date):
                        cell.number_format = 'DD/MM/YYYY'
        last = get_column_letter(c0 + len(headers) - 1)
        ref_range = f'{get_column_letter(c0)}{r0}:{last}{r0 + max(len(rows), 1)}'
        table = Table(displayName=tname, ref=ref_range)
        table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
        ws.add_table(table)
        raw_tables.append({'name': tname, 'sheet': sheet, 'source': 'table', 'headerRow': r0, 'firstColumn': c0,
                           'headers': headers, 'rows': [[raw_value(v) for v in row] for row in rows]})
    path = os.path.join(HERE, f'{name}.xlsx')
    fixed = dt.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.properties.creator = 'make_heldout.py (openpyxl)'
    wb.save(path)
    same_bytes_every_run(path)
    return {'sheetNames': [x[1] for x in spec['tables']], 'tables': raw_tables}


def same_bytes_every_run(path: str) -> None:
    """Rewrites the xlsx zip with fixed entry dates, so that a re-run changes no byte."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main() -> int:
    manifest = []
    for name, spec in WORKBOOKS.items():
        raw = write(name, spec)
        expected = ref.run(raw)
        refused = any(i['severity'] == 'error' for i in expected['issues'])
        if refused != (spec['status'] == 'invalid'):
            print(f'{name}: meant {spec["status"]}, the reference says otherwise:', file=sys.stderr)
            print([i for i in expected['issues'] if i['severity'] == 'error'], file=sys.stderr)
            return 1
        with open(os.path.join(HERE, f'{name}.expected.json'), 'w', encoding='utf-8') as fh:
            json.dump(expected, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        manifest.append({'name': name, 'parts': spec['parts'], 'status': spec['status'], 'note': spec['note']})
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    # the repository's lint checks JSON formatting too
    import subprocess
    jsons = [os.path.join(HERE, f) for f in sorted(os.listdir(HERE)) if f.endswith('.json')]
    subprocess.run(['npx', 'prettier', '--write', '--log-level', 'warn', *jsons], cwd=HERE, check=True)
    print(f'{len(manifest)} workbooks written to {HERE}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
