import { describe, expect, it } from 'vitest';
import { workerFlags } from '../../src/http/cluster.js';

describe('workerFlags', () => {
  it('gives workers lite mode, gc and heap sizes the primary runs without', () => {
    const flags = workerFlags({}, []);
    expect(flags).toEqual(expect.arrayContaining(['--lite-mode', '--expose-gc']));
    expect(flags).toContain('--max-semi-space-size=2');
    expect(flags).toContain('--initial-old-space-size=32');
  });

  it('keeps the sizes the command or NODE_OPTIONS chose, and adds nothing twice', () => {
    const own = ['--max-semi-space-size=8', '--lite-mode'];
    const flags = workerFlags({ NODE_OPTIONS: '--initial-old-space-size=64' }, own);
    expect(flags.filter((flag) => flag.startsWith('--max-semi-space-size'))).toEqual([
      '--max-semi-space-size=8',
    ]);
    expect(flags.some((flag) => flag.startsWith('--initial-old-space-size'))).toBe(false);
    expect(flags.filter((flag) => flag === '--lite-mode')).toHaveLength(1);
  });

  it('leaves lite mode out when HTTP_LITE_MODE turns it off', () => {
    expect(workerFlags({ HTTP_LITE_MODE: '0' }, [])).not.toContain('--lite-mode');
    expect(workerFlags({ HTTP_LITE_MODE: 'false' }, [])).toContain('--expose-gc');
  });
});
