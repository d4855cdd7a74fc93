/**
 * `node dist/src/cli/save-snapshot.js [DIR]`: indexes the knowledge in DIR (default: KNOWLEDGE_DIR
 * or knowledge) as every start does, which saves its snapshot beside the compiled code. The build
 * runs it for the shipped knowledge, so that the first start loads the index instead of building it.
 */
import { describeKnowledgeProblems, loadEngine } from '../app/load-engine.js';

const loaded = await loadEngine(process.argv[2]);
if (!loaded.ok) {
  process.stderr.write(`No snapshot saved. ${describeKnowledgeProblems(loaded.problems)}\n`);
  process.exitCode = 1;
}
