import { OfficeHostError } from './officeHostError';

/**
 * The error a plan that cannot be applied is rejected with, before any write (hence
 * "nothing was written"), so every check of preparePlan.ts words it the same way.
 */
export function refuse(message: string): OfficeHostError {
  return new OfficeHostError(
    `Le plan d'écriture ne peut pas être appliqué : ${message} Rien n'a été écrit.`,
  );
}
