"""Hand-computed checks of the reference implementation (run: python3 -m unittest discover test/reference).

Every expected figure below is computed by hand in the comment next to it, from the
contract text, not by running the reference.
"""
import doctest
import os
import sys
import unittest
from fractions import Fraction

sys.path.insert(0, os.path.dirname(__file__))
import quotepart_ref as ref  # noqa: E402


def table(name, headers, rows):
    return {'name': name, 'sheet': name, 'source': 'table', 'headerRow': 1, 'firstColumn': 1,
            'headers': headers, 'rows': rows}


def workbook(params, members, services, charges, usages=None, extra=()):
    """A RawWorkbook built the way the JSON loader would give it (numbers as Fractions)."""
    def fr(rows):
        return [[Fraction(c) if isinstance(c, (int, str)) and not isinstance(c, bool) and _isnum(c) else c
                 for c in r] for r in rows]
    tables = [
        table('Parametres', ['Paramètre', 'Valeur'], [[k, v] for k, v in params]),
        table('Membres', members[0], fr(members[1])),
        table('Services', services[0], services[1]),
        table('Charges', ['Service', 'Libellé', 'Montant', 'Éligible', 'Membre'], charges),
    ]
    if usages is not None:
        tables.append(table('Usages', ['Service', 'Membre', 'Unité', 'Quantité'], usages))
    tables.extend(extra)
    return {'sheetNames': [t['name'] for t in tables], 'tables': tables}


def _isnum(c):
    return isinstance(c, int)


def by(rows, **kw):
    return [r for r in rows if all(r[k] == v for k, v in kw.items())]


F = Fraction


class AllocateTest(unittest.TestCase):
    def test_domain_example_largest_remainder(self):
        # 15 over 6:3:1 at unit 1: exact 9, 4.5, 1.5 -> floors 9, 4, 1 (14), one unit left;
        # remainders 0, .5, .5: tie between 2nd and 3rd -> the first listed gets it: 9/5/1.
        self.assertEqual(ref.largest_remainder(F(15), [F(6, 10), F(3, 10), F(1, 10)], F(1)), [9, 5, 1])

    def test_tie_goes_to_first_listed(self):
        # 1 € over three equal shares at 0.01: 33.33 each + 0.01 left, all remainders equal.
        self.assertEqual(ref.largest_remainder(F(1), [F(1, 3)] * 3, F(1, 100)), [F(34, 100), F(33, 100), F(33, 100)])

    def test_negative(self):
        self.assertEqual(ref.largest_remainder(F(-1), [F(1, 3)] * 3, F(1, 100)), [F(-34, 100), F(-33, 100), F(-33, 100)])

    def test_round_half_away(self):
        self.assertEqual(ref.round_half_away(F(-25, 1000), F(1, 100)), F(-3, 100))
        self.assertEqual(ref.round_half_away(F(25, 1000), F(1, 100)), F(3, 100))
        self.assertEqual(ref.round_half_away(F(7, 100), F(5, 100)), F(5, 100))

    def test_doctests(self):
        self.assertEqual(doctest.testmod(ref).failed, 0)


class ReadersTest(unittest.TestCase):
    def test_numbers(self):
        self.assertEqual(ref.read_number('1 234,50 €'), F(123450, 100))
        self.assertEqual(ref.read_number('1\u202f234,5'), F(12345, 10))
        self.assertEqual(ref.read_number('1,234'), F(1234, 1000))
        self.assertEqual(ref.read_number('1234.5'), F(12345, 10))
        self.assertEqual(ref.read_number('12 %', rate=True), F(12, 100))
        with self.assertRaises(ref.CellError):
            ref.read_number('1,234.5')
        with self.assertRaises(ref.CellError):
            ref.read_number('12 %')
        with self.assertRaises(ref.CellError):
            ref.read_number('12 34,5')  # a space only separates thousands
        self.assertEqual(ref.load('[0.1]')[0], F(1, 10))

    def test_names(self):
        self.assertEqual(ref.norm('Paramètres'), ref.norm('PARAMETRES'))
        self.assertEqual(ref.norm('Date d’émission'), ref.norm("date_d'emission"))

    def test_formatting(self):
        self.assertEqual(ref.fmt_share(F(1, 3)), '0.3333333333')
        self.assertEqual(ref.fmt_share(F(2, 3)), '0.6666666667')
        self.assertEqual(ref.exact_decimal(F(125, 10), 0), '12.5')
        self.assertEqual(ref.exact_decimal(F(-5, 100), 2), '-0.05')


MEMBERS_H = ['Membre', 'Porteur', 'Attribution de compensation', 'Entrée', 'Sortie', 'Population', 'Agents']
SERVICES_H = ['Service', 'Modèle', 'Clé', 'Unité', 'Coût unitaire', 'Frais de gestion', 'Règlement', 'Exécution', 'Échéances']


class ComputationTest(unittest.TestCase):
    def test_presence_fraction(self):
        # Entrée 1 July 2026: 1 Jul..31 Dec = 31+31+30+31+30+31 = 184 days of 365.
        wb = ref.Workbook(workbook([('Exercice', 2026)],
                                   (MEMBERS_H, [['A', 'Oui', None, None, None, 1, 1],
                                                ['B', None, None, {'kind': 'date', 'iso': '2026-07-01'}, None, 1, 1]]),
                                   (SERVICES_H, [['S', 'Service commun', 'Égalitaire', None, None, None, None, None, None]]),
                                   [['S', 'x', F(100), None, None]]))
        self.assertEqual(wb.members[1].presence, F(184, 365))
        self.assertEqual(wb.members[0].presence, 1)

    def test_presence_drives_equal_share_and_installments(self):
        # Égalitaire with f = 1 and 184/365: s_B = (184/365)/(1+184/365) = 184/549.
        # B' = 549 €, q_B = 549·184/549 = 184.00 ; q_A = 365.00 (own use).
        # Échéances 4, B present from 1 July: T3, T4 only, 92.00 each.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_H, [['A', 'Oui', None, None, None, 1, 1],
                                            ['B', None, None, '01/07/2026', None, 1, 1]]),
                               (SERVICES_H, [['S', 'Service commun', 'Egalitaire', None, None, None, None, None, 4]]),
                               [['S', 'x', F(549), None, None]]))
        self.assertEqual(by(out['quoteParts'], member='B')[0]['quotePart'], '184.00')
        self.assertEqual(by(out['quoteParts'], member='B')[0]['share'], ref.fmt_share(F(184, 549)))
        self.assertEqual([(t['period'], t['amount']) for t in out['titres']], [('2026-T3', '92.00'), ('2026-T4', '92.00')])

    def test_composite_key_and_tie_by_member_order(self):
        # Key 60 % Population + 40 % Agents; Pop A=1 B=1 C=2 (total 4), Agents A=0 B=1 C=1 (total 2).
        # s_A = .6·1/4 = .15 ; s_B = .6·1/4 + .4·1/2 = .35 ; s_C = .6·2/4 + .4/2 = .5.
        # B' = 10.01 €: exact 1.5015, 3.5035, 5.005 -> floors 1.50, 3.50, 5.00 (1000), 1 cent left;
        # remainders .15, .35, .5 -> C gets it: 1.50 / 3.50 / 5.01.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_H, [['A', 'Oui', None, None, None, 1, 0],
                                            ['B', None, None, None, None, 1, 1],
                                            ['C', None, None, None, None, 2, 1]]),
                               (SERVICES_H, [['S', 'Service commun', '60% Population + 40 % Agents', None, None, None, None, None, None]]),
                               [['S', 'x', F(1001, 100), None, None]]))
        q = {r['member']: (r['share'], r['quotePart']) for r in out['quoteParts']}
        self.assertEqual(q, {'A': ('0.1500000000', '1.50'), 'B': ('0.3500000000', '3.50'), 'C': ('0.5000000000', '5.01')})
        # Tie: Égalitaire over A, B, C of 0.02 €: floors 0, remainders all 2/3 -> A then B.
        out = ref.run(workbook([('Exercice', 2026), ('Seuil minimal de titre', 0)],
                               (MEMBERS_H, [['C', 'Oui', None, None, None, 1, 0],
                                            ['A', None, None, None, None, 1, 1],
                                            ['B', None, None, None, None, 2, 1]]),
                               (SERVICES_H, [['S', 'Service commun', 'Parts égales', None, None, None, None, None, None]]),
                               [['S', 'x', F(2, 100), None, None]]))
        self.assertEqual([r['quotePart'] for r in out['quoteParts']], ['0.01', '0.01', '0.00'])

    def test_groupement_fee_own_line(self):
        # Conjoint groupement, base 1000 €, Égalitaire over P (porteur), A, B; fee 3 %.
        # q = 333.34 / 333.33 / 333.33; g_A = round(333.33·.03) = round(9.9999) = 10.00.
        # Titre for A: line 1 S 333.33, line 2 S (fee) 10.00; numbering A then B.
        out = ref.run(workbook([('Exercice', 2026), ('Premier numéro de titre', 7)],
                               (MEMBERS_H, [['P', 'Oui', None, None, None, 1, 1],
                                            ['A', None, None, None, None, 1, 1],
                                            ['B', None, None, None, None, 1, 1]]),
                               (SERVICES_H, [['S', 'Groupement de commandes', 'Égalitaire', None, None, '3 %', None, None, None]]),
                               [['S', 'x', F(1000), None, None]]))
        a = by(out['quoteParts'], member='A')[0]
        self.assertEqual((a['quotePart'], a['fee'], a['billed'], a['settlement']), ('333.33', '10.00', '343.33', 'titre'))
        p = by(out['quoteParts'], member='P')[0]
        self.assertEqual((p['quotePart'], p['fee'], p['billed'], p['settlement']), ('333.34', '0.00', '0.00', 'own-use'))
        self.assertEqual([(t['number'], t['line'], t['debtor'], t['amount']) for t in out['titres']],
                         [(7, 1, 'A', '333.33'), (7, 2, 'A', '10.00'), (8, 1, 'B', '333.33'), (8, 2, 'B', '10.00')])
        self.assertEqual(out['checks'][0]['difference'], '0.00')

    def test_carry_over_below_floor(self):
        # MAD, fixed unit cost 1 €, A uses 40 units, monthly: 40/12 = 3.33.. -> 3.34 ×4, 3.33 ×8.
        # Cumul: M01 3.34, M02 6.68, M03 10.02, M04 13.36, M05 16.69 >= 15 -> titre 1 for M05
        # (lines add up: one line of 16.69); M06..M09: 3.33 ×4 = 13.32, M10 16.65 -> titre 2;
        # M11 + M12 = 6.66 stays under the floor: not issued.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_H, [['P', 'Oui', None, None, None, 1, 1], ['A', None, None, None, None, 1, 1]]),
                               (SERVICES_H, [['S', 'Mise à disposition', None, 'Heures', F(1), None, None, None, F(12)]]),
                               [['S', 'x', F(100), None, None]],
                               usages=[['S', 'A', 'heures', F(40)], ['S', 'P', 'Heures', F(60)]]))
        self.assertEqual([(t['number'], t['period'], t['amount']) for t in out['titres']],
                         [(1, '2026-M05', '16.69'), (2, '2026-M10', '16.65')])
        self.assertTrue(any(i['code'] == 'TITRE_SOUS_SEUIL' for i in out['issues']))
        # MAD check: base 100, Σ q = 40 + 60 = 100.
        self.assertEqual(out['checks'][0]['total'], '100.00')

    def test_invalid_weights(self):
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_H, [['P', 'Oui', None, None, None, 1, 1], ['A', None, None, None, None, 1, 1]]),
                               (SERVICES_H, [['S', 'Service commun', '60% Population + 30% Agents', None, None, None, None, None, None]]),
                               [['S', 'x', F(100), None, None]]))
        self.assertTrue(any(i['severity'] == 'error' for i in out['issues']))
        self.assertEqual(out['quoteParts'], [])


MEMBERS_T = ['Membre', 'Type', 'Porteur', 'Population']
SERVICES_T = ['Service', 'Modèle', 'Clé', 'Unité', 'Convention']


def worked(method=None, extra=()):
    """Two support services that serve each other (the docs' worked example, §6.2):
    Direction DSI, D = 8 000 €: 50 % Datacentre, 30 % Messagerie, 20 % SIG;
    Datacentre, D = 5 000 €, weights in servers: Direction 2, Messagerie 5, SIG 3."""
    params = [('Exercice', 2026)] + ([('Méthode de ventilation', method)] if method else [])
    return workbook(params,
                    (MEMBERS_T, [['Agglo', 'EPCI', 'Oui', 1000], ['A', 'Commune', None, 3000], ['B', 'Commune', None, 1000]]),
                    (SERVICES_T, [['Direction DSI', 'Service support', None, None, None],
                                  ['Datacentre', 'Service support', None, None, None],
                                  ['Messagerie', 'Service commun', 'Population', None, 'CONV-MESS'],
                                  ['SIG', 'Service commun', 'Égalitaire', None, None]]),
                    [['Direction DSI', 'x', F(8000), None, None], ['Datacentre', 'x', F(5000), None, None],
                     ['Messagerie', 'x', F(1000), None, None], ['SIG', 'x', F(0), None, None]],
                    extra=[table('Ventilations', ['Service support', 'Service', 'Poids'],
                                 [['Direction DSI', 'Datacentre', '50 %'], ['Direction DSI', 'Messagerie', '30 %'],
                                  ['Direction DSI', 'SIG', '20 %'], ['Datacentre', 'Direction DSI', F(2)],
                                  ['Datacentre', 'Messagerie', F(5)], ['Datacentre', 'SIG', F(3)],
                                  ['Datacentre', 'Datacentre', F(9)]])] + list(extra))


class SupportServicesTest(unittest.TestCase):
    def test_reciprocal_two_supports_by_hand(self):
        # T_dir = 8000 + 0.2·T_dc, T_dc = 5000 + 0.5·T_dir -> T_dir = (8000 + 1000)/0.9 = 10 000,
        # T_dc = 5000 + 5000 = 10 000. R_Mess = 0.3·10 000 + 0.5·10 000 = 8 000,
        # R_SIG = 0.2·10 000 + 0.3·10 000 = 5 000 (Σ = 13 000 = 8 000 + 5 000).
        out = ref.run(worked())
        tot = {r['service']: r for r in out['ventilationTotals']}
        self.assertEqual((tot['Direction DSI']['direct'], tot['Direction DSI']['total']), ('8000.00', '10000.00'))
        self.assertEqual((tot['Datacentre']['direct'], tot['Datacentre']['total']), ('5000.00', '10000.00'))
        self.assertEqual((tot['Messagerie']['received'], tot['SIG']['received']), ('8000.00', '5000.00'))
        v = [(r['support'], r['service'], r['weight'], r['share'], r['amount']) for r in out['ventilation']]
        self.assertEqual(v, [('Direction DSI', 'Datacentre', '0.5', '0.5000000000', '5000.00'),
                             ('Direction DSI', 'Messagerie', '0.3', '0.3000000000', '3000.00'),
                             ('Direction DSI', 'SIG', '0.2', '0.2000000000', '2000.00'),
                             ('Datacentre', 'Direction DSI', '2', '0.2000000000', '2000.00'),
                             ('Datacentre', 'Messagerie', '5', '0.5000000000', '5000.00'),
                             ('Datacentre', 'SIG', '3', '0.3000000000', '3000.00')])
        # Messagerie base 1 000 + 8 000 = 9 000 over Population 1000/3000/1000: 1800/5400/1800.
        self.assertEqual([r['quotePart'] for r in by(out['quoteParts'], service='Messagerie')], ['1800.00', '5400.00', '1800.00'])
        self.assertEqual([r['quotePart'] for r in by(out['quoteParts'], service='SIG')], ['1666.67', '1666.67', '1666.66'])
        self.assertEqual(by(out['checks'], service='Services supports'),
                         [{'scenario': 'Référence', 'service': 'Services supports', 'base': '13000.00', 'total': '13000.00',
                           'difference': '0.00'}])
        self.assertTrue(any(i['code'] == 'VENTILATION_SOI_MEME' and i['row'] == 8 for i in out['issues']))
        mess = [t for t in out['titres'] if t['service'] == 'Messagerie']
        self.assertTrue(all(t['_mustContain'] == [['stricter', 'CONV-MESS'], ['supports', 'services supports']] for t in mess))

    def test_cascade_and_direct_by_hand(self):
        # En cascade (Direction first): T_dir = 8000 -> Datacentre 4000, Mess 2400, SIG 1600;
        # Datacentre ignores its row to Direction: 5/8, 3/8 of T_dc = 9000 -> 5625, 3375.
        out = ref.run(worked('En cascade'))
        tot = {r['service']: r for r in out['ventilationTotals']}
        self.assertEqual((tot['Datacentre']['total'], tot['Messagerie']['received'], tot['SIG']['received']),
                         ('9000.00', '8025.00', '4975.00'))
        # Directe: Direction 30:20 -> 4800/3200; Datacentre 5:3 -> 3125/1875.
        out = ref.run(worked('Directe'))
        tot = {r['service']: r for r in out['ventilationTotals']}
        self.assertEqual((tot['Datacentre']['total'], tot['Messagerie']['received'], tot['SIG']['received']),
                         ('5000.00', '7925.00', '5075.00'))

    def test_singular_and_lost_costs(self):
        wb = worked()
        vt = next(t for t in wb['tables'] if t['name'] == 'Ventilations')
        # both supports serve only each other: singular
        vt['rows'] = [['Direction DSI', 'Datacentre', F(1)], ['Datacentre', 'Direction DSI', F(1)],
                      ['Datacentre', 'SIG', F(0)]]
        out = ref.run(wb)
        self.assertEqual([i['code'] for i in out['issues'] if i['severity'] == 'error'], ['VENTILATION_SINGULIERE'])
        # Directe with Direction serving only Datacentre: left without receiver
        vt['rows'] = [['Direction DSI', 'Datacentre', F(1)], ['Datacentre', 'SIG', F(1)]]
        wb['tables'][0]['rows'].append(['Méthode de ventilation', 'Directe'])
        out = ref.run(wb)
        self.assertEqual([(i['code'], i['row']) for i in out['issues'] if i['severity'] == 'error'],
                         [('SUPPORT_SANS_RECEVEUR', 2)])


class TiersCoalitionsHistoryTest(unittest.TestCase):
    def tiers(self, levels):
        return workbook([('Exercice', 2026)],
                        (MEMBERS_T, [['Agglo', 'EPCI', 'Oui', 1], ['A', None, None, 1], ['B', None, None, 1], ['C', None, None, 1]]),
                        (SERVICES_T, [['Hébergement', 'Service commun', 'Paliers', None, None]]),
                        [['Hébergement', 'x', F(18000), None, None]],
                        extra=[table('Paliers', ['Service', 'Palier', 'Coût'],
                                     [['Hébergement', 'Astreinte', F(18000)], ['Hébergement', 'Base', F(8000)],
                                      ['Hébergement', 'Sauvegarde', F(11000)], ['Hébergement', 'PRA', F(13000)]]),
                               table('Adhesions', ['Service', 'Membre', 'Palier'],
                                     [['Hébergement', m, lv] for m, lv in levels])])

    def test_tier_example_8_11_13_18(self):
        # increments 8000 (4 members), 3000 (3), 2000 (2), 5000 (1): phi = 2000, 3000, 4000, 9000.
        out = ref.run(self.tiers([('Agglo', 'Base'), ('A', 'Sauvegarde'), ('B', 'PRA'), ('C', 'Astreinte')]))
        self.assertEqual([r['quotePart'] for r in out['quoteParts']], ['2000.00', '3000.00', '4000.00', '9000.00'])
        out = ref.run(self.tiers([('Agglo', 'Base'), ('A', 'Sauvegarde'), ('B', 'Inconnu'), ('C', 'Astreinte')]))
        self.assertEqual([(i['code'], i['row']) for i in out['issues'] if i['severity'] == 'error'], [('PALIER_INCONNU', 4)])

    def test_three_communes_coalition(self):
        # Base 100 000 € by Population 4000/3500/2500 -> 40 000 / 35 000 / 25 000.
        # A + B: 70 000 − 75 000 = −5 000 (unstable); B + C: 65 000 − 60 000 = 5 000;
        # A + B + C: 105 000 − 100 000 = 5 000.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_T, [['Agglo', 'EPCI', 'Oui', 0], ['Ville A', 'Commune', None, 4000],
                                            ['Ville B', 'Commune', None, 3500], ['Ville C', 'Commune', None, 2500]]),
                               (SERVICES_T, [['Informatique', 'Service commun', 'Population', None, None]]),
                               [['Informatique', 'x', F(100000), None, None]],
                               extra=[table('CoutsAutonomes', ['Membre', 'Montant'],
                                            [['Ville A', F(50000)], ['Ville B', F(45000)], ['Ville C', F(30000)],
                                             ['Ville A + Ville B', F(70000)], ['Ville B+Ville C', F(65000)],
                                             ['Ville A + Ville B + Ville C', F(105000)]])]))
        self.assertEqual([(c['group'], c['members'], c['total'], c['gain'], c['stable']) for c in out['coalitions']],
                         [('Ville A + Ville B', 2, '75000.00', '-5000.00', False),
                          ('Ville B+Ville C', 2, '60000.00', '5000.00', True),
                          ('Ville A + Ville B + Ville C', 3, '100000.00', '5000.00', True)])
        self.assertEqual([c['gain'] for c in out['comparison']], [None, '10000.00', '10000.00', '5000.00'])

    def test_history(self):
        # A paid 1 000 last year for S, 30.004 for an ended service; this year S gives 1 250.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_T, [['Agglo', 'EPCI', 'Oui', 0], ['A', 'Commune', None, 1]]),
                               (SERVICES_T, [['S', 'Service commun', 'Population', None, None]]),
                               [['S', 'x', F(1250), None, None]],
                               extra=[table('Historique', ['Membre', 'Service', 'Montant'],
                                            [['A', 'S', F(1000)], ['A', 'Ancien', F(30004, 1000)], ['Agglo', 'Ancien', F(3)]])]))
        self.assertEqual([(e['member'], e['service'], e['previous'], e['current'], e['delta'], e['percent']) for e in out['evolution']],
                         [('Agglo', 'S', None, '0.00', '0.00', None), ('Agglo', 'Ancien', '3.00', None, '-3.00', '-100.00'),
                          ('A', 'S', '1000.00', '1250.00', '250.00', '25.00'), ('A', 'Ancien', '30.00', None, '-30.00', '-100.00')])

    def test_stricter_reading(self):
        # heures (typo) for Heures: error on the Usages row; porteur not an EPCI: warning.
        out = ref.run(workbook([('Exercice', 2026)],
                               (MEMBERS_T, [['P', 'Commune', 'Oui', 1], ['A', 'Commune', None, 1]]),
                               (SERVICES_T, [['S', 'Mise à disposition', None, 'Heure', None],
                                             ['T', 'Service commun', 'Tickets', None, None]]),
                               [['S', 'x', F(100), None, None], ['T', 'x', F(100), None, None]],
                               usages=[['S', 'A', 'Heure', F(3)], ['S', 'P', 'heures', F(3)], ['T', 'A', 'Tickets', F(1)],
                                       ['S', 'A', 'Tickets', F(2)]]))
        self.assertEqual([(i['severity'], i['code'], i['row']) for i in out['issues'] if i.get('_v11')],
                         [('error', 'UNITE_INUTILISEE', 3), ('warning', 'UNITE_AUTRE_SERVICE', 5),
                          ('warning', 'PORTEUR_NON_EPCI', 3)])


if __name__ == '__main__':
    unittest.main()
