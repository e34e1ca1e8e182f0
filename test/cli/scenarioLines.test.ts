import { scenarioLine, scenarioText } from '../../src/cli/scenarioLines';

describe('per-scenario lines of the CLI (§6.4)', () => {
  const line = {
    scenario: 'Population seule',
    total: '1234567.8',
    losers: 1,
    membersNotGaining: 0,
  };

  it('writes the total the French way, real plurals and the engine verdict', () => {
    expect(scenarioLine({ ...line, wouldLeave: ['Ville A + Ville B'] }, false)).toBe(
      "Scénario Population seule (total 1\u202f234\u202f567,8\u202f€, 1 membre paie plus qu'en Référence) : quitterait la mutualisation : Ville A + Ville B.",
    );
    expect(
      scenarioLine({ ...line, losers: 2, wouldLeave: ['Ville C', 'Ville A + Ville B'] }, false),
    ).toBe(
      "Scénario Population seule (total 1\u202f234\u202f567,8\u202f€, 2 membres paient plus qu'en Référence) : quitteraient la mutualisation : Ville C ; Ville A + Ville B.",
    );
    expect(scenarioLine({ ...line, scenario: 'Référence', losers: 0, wouldLeave: [] }, true)).toBe(
      'Scénario Référence (total 1\u202f234\u202f567,8\u202f€) : chaque membre et chaque groupe donnés gagnent à la mutualisation.',
    );
  });

  it('says when no stand-alone cost is given, one line per scenario', () => {
    const text = scenarioText([
      { ...line, scenario: 'Référence', losers: 0, wouldLeave: null },
      { ...line, losers: 0, wouldLeave: null },
    ]);
    expect(text.split('\n')).toEqual([
      'Scénario Référence (total 1\u202f234\u202f567,8\u202f€) : aucun coût autonome donné, pas de test de stabilité.',
      "Scénario Population seule (total 1\u202f234\u202f567,8\u202f€, 0 membre paie plus qu'en Référence) : aucun coût autonome donné, pas de test de stabilité.",
      '',
    ]);
  });
});
