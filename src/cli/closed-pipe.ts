/**
 * Ends the process quietly, with status 0, once the program reading its output has gone: `cli --
 * passages --json | head` is a normal thing to type, not a failure. Node ignores SIGPIPE, so the
 * closed pipe arrives as an EPIPE error on the stream; any other error is still thrown.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
