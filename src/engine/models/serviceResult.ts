/**
 * What a funding model computes for one service in one scenario: one line per
 * participant (§4.1) and the figures of the per-service check (§4.6).
 */
import type { Q } from '../numbers/rational';
import type { InputModel, ModelId, Service } from '../domain/inputModel';
import type { ResolvedKey } from '../keys/resolveKey';
import type { ProblemList } from '../problems/problemList';

/** How a participant's amount is settled. */
export type Settlement = 'titre' | 'ac' | 'direct' | 'own-use';

/** One participant of a service. */
export interface ParticipantLine {
  readonly member: number;
  /** s_i, or n_i / U for Mise à disposition. */
  readonly share: Q;
  /** n_i for Mise à disposition, null otherwise. */
  readonly units: Q | null;
  /** Part of the shared base allocated by the key (Service commun, Groupement). */
  readonly allocated: Q;
  /** Direct cost charged 100 % to the member (after overhead for Service commun). */
  readonly direct: Q;
  readonly quotePart: Q;
  readonly fee: Q;
  readonly billed: Q;
  readonly settlement: Settlement;
}

/** A service's result in one scenario. */
export interface ServiceResult {
  readonly service: Service;
  readonly model: ModelId;
  /** Eligible shared base before overhead (B), or the cost base C for Mise à disposition. */
  readonly eligibleBase: Q;
  /** Shared base to allocate after overhead and rounding (B'), null for Mise à disposition. */
  readonly sharedBase: Q | null;
  /** Cost base to share for the check: after overhead, direct lines included. */
  readonly checkBase: Q;
  /** Σ quote-parts. */
  readonly total: Q;
  readonly key: ResolvedKey | null;
  readonly unitCost: Q | null;
  /** Whether the unit cost was fixed by the convention (else computed). */
  readonly unitCostFixed: boolean;
  readonly totalUnits: Q | null;
  readonly lines: readonly ParticipantLine[];
}

/** Everything a model needs to compute one service. */
export interface ModelContext {
  readonly input: InputModel;
  readonly service: Service;
  readonly participants: readonly number[];
  /** Key expression in this scenario (null for Mise à disposition). */
  readonly keyExpression: string | null;
  readonly keyPlace: import('../problems/problemList').ProblemPlace;
  readonly problems: ProblemList;
}

/** A funding model: computes a service, or records problems and returns undefined. */
export type FundingModel = (ctx: ModelContext) => ServiceResult | undefined;
