/** The processes a command started, read from Linux's /proc: what each is and how much it holds. */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  /** The program's name: node, npm (it renames its process), sh. */
  program: string;
  /** Its command line for people, paths shortened. */
  command: string;
  /** Resident set size, and its peak (VmHWM), in bytes. */
  rssBytes: number;
  peakRssBytes: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process has just exited
  }
}

function parentOf(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  // The command name in parentheses may hold spaces: the fields after its ')' are fixed.
  const after = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return after ? Number(after[1]) : undefined;
}

function commandLine(pid: number): string[] {
  // npm sets its process title, which Linux shows as one argument: "npm run serve:http".
  const argv = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  return argv.flatMap((arg, i) => (i === 0 ? arg.split(' ') : [arg]));
}

function memoryOf(pid: number): ProcessMemory | undefined {
  const status = read(`/proc/${pid}/status`);
  if (!status) return undefined;
  const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  const argv = commandLine(pid);
  return {
    pid,
    program: argv[0]?.split('/').pop() ?? '?',
    command: argv.map((arg) => arg.replace(/^.*\/(node_modules|dist)\//, '$1/')).join(' '),
    rssBytes: kB('VmRSS') * 1024,
    peakRssBytes: kB('VmHWM') * 1024,
  };
}

/** `root` and every process below it, parents before children. */
export function processTree(root: number): ProcessMemory[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: ProcessMemory[] = [];
  const visit = (pid: number) => {
    const memory = memoryOf(pid);
    if (memory) tree.push(memory);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}
