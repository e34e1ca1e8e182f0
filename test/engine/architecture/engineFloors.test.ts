import * as fs from 'fs';
import * as path from 'path';
import {
  declaredFloors,
  findCycle,
  folderImports,
  folders,
  longestChain,
  upwardImports,
} from './folderGraph';

const ENGINE = path.join(__dirname, '../../../src/engine');
const README = fs.readFileSync(path.join(ENGINE, 'README.md'), 'utf8');

describe('src/engine is a one-way stack of folders', () => {
  const imports = folderImports(ENGINE);
  const floors = declaredFloors(README);

  it('has no loop of folders', () => {
    expect(findCycle(imports)).toBeNull();
  });

  it('declares every folder on one floor of src/engine/README.md, and only existing folders', () => {
    expect([...floors.keys()].sort()).toEqual(folders(ENGINE));
  });

  it('imports only from a lower floor: 0 imports running back up or sideways', () => {
    const wrong = upwardImports(imports, floors).map(
      (i) =>
        `${i.file} (${i.from}, floor ${floors.get(i.from)}) → ${i.specifier} (${i.to}, floor ${floors.get(i.to)})`,
    );
    expect(wrong).toEqual([]);
  });

  it('has at most 10 floors, and its longest chain of imports uses no more than the README declares', () => {
    const top = Math.max(...floors.values());
    expect(top).toBeLessThanOrEqual(10);
    expect(longestChain(imports)).toBeLessThanOrEqual(top);
  });
});

describe('the checks of the stack', () => {
  const link = (from: string, to: string) => ({
    from,
    to,
    file: `${from}/x.ts`,
    specifier: `../${to}/y`,
  });

  it('finds a loop of folders, and none in a chain', () => {
    expect(findCycle([link('a', 'b'), link('b', 'c'), link('c', 'a')])).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
    expect(findCycle([link('a', 'b'), link('b', 'c'), link('a', 'c')])).toBeNull();
    expect(longestChain([link('a', 'b'), link('b', 'c'), link('a', 'c')])).toBe(3);
  });

  it('flags an import going up, sideways or to an undeclared folder', () => {
    const floors = declaredFloors('| 2 | `a`, `b` | x |\n| 1 | `c` | y |');
    expect([...floors]).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    const wrong = upwardImports(
      [link('a', 'c'), link('c', 'a'), link('a', 'b'), link('a', 'z')],
      floors,
    );
    expect(wrong.map((i) => `${i.from}→${i.to}`)).toEqual(['c→a', 'a→b', 'a→z']);
  });
});
