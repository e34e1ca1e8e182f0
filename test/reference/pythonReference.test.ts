/** Runs the Python reference's own hand-computed tests (test_ref.py) inside the jest suite. */
import { spawnSync } from 'child_process';

describe('Python reference self-tests', () => {
  it('python3 -m unittest test_ref passes', () => {
    const run = spawnSync('python3', ['-m', 'unittest', '-q', 'test_ref'], {
      cwd: __dirname,
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (run.error) throw run.error;
    expect({ status: run.status, tail: run.stderr.trim().split('\n').slice(-1)[0] }).toEqual({
      status: 0,
      tail: 'OK',
    });
  });
});
