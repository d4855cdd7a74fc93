/**
 * Resolves on the first SIGTERM (what Docker, Kubernetes and process managers send) or SIGINT
 * (Ctrl-C). Later signals are ignored rather than killing the process mid-drain: in a cluster a
 * Ctrl-C reaches every process and the primary then asks each worker again. Whoever supervises
 * the process enforces the hard deadline (the cluster primary, `docker stop`'s timeout).
 */
export function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (received) return;
      received = true;
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
