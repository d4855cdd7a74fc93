/**
 * What several processes serving one bot must agree on, kept in the store so that every replica
 * sees the same: shares per channel, per-person limits, the knowledge version, and leases.
 */

/** A public copy posted by "Share to channel", remembered so a repeat can link to it. */
export interface SharedPost {
  /** Milliseconds since the epoch. */
  at: number;
  /** The message's address, once the transport learns its id; absent until then. */
  link?: string;
}

export interface SharesTable {
  /** The share of `key` in the channel posted after `sinceMs`, if any. */
  recent(channelId: string, key: string, sinceMs: number): Promise<SharedPost | undefined>;
  /**
   * Records a share about to be posted, unless one posted after `sinceMs` is already there: then
   * that one, and nothing is recorded. Atomic, so two presses on two replicas post one copy.
   */
  claim(
    channelId: string,
    key: string,
    interactionId: string,
    nowMs: number,
    sinceMs: number,
  ): Promise<SharedPost | undefined>;
  attachLink(interactionId: string, link: string): Promise<void>;
  /** Forgets shares posted before `beforeMs`. */
  sweep(beforeMs: number): Promise<void>;
}

export type LimitClaim = { ok: true } | { ok: false; untilMs: number };

export interface LimitsTable {
  /** Random bytes made once per database: every replica hashes a person the same way. */
  salt: Buffer;
  /**
   * Holds `key` (a salted hash, never an id) until `untilMs`, unless it is already held past
   * `nowMs`: then when that hold ends. Atomic across processes.
   */
  claim(key: string, nowMs: number, untilMs: number): Promise<LimitClaim>;
  /** Forgets what expired before `nowMs`. */
  sweep(nowMs: number): Promise<void>;
}

export interface CoordinationTable {
  /** The knowledge version the replicas should serve: the last one loaded on purpose. */
  knowledgeVersion(): Promise<string | undefined>;
  publishKnowledgeVersion(version: string, at: Date): Promise<void>;
  /**
   * Takes the lease `name` for `holder` until `untilMs` if it is free, expired or already this
   * holder's (a renewal); false while another holder's lease lasts.
   */
  takeLease(name: string, holder: string, nowMs: number, untilMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
}
