import { BaseError } from '../errors.js';

/**
 * Why an image was refused before its evidence was looked at, decided by code:
 * - `SUBJECT_MISSING`: the digest or tag names no manifest in the registry;
 * - `PLATFORMS`: `platforms` was asked for and the image is not an index holding a manifest for
 *   each, or a child manifest it lists is not in the registry;
 * - `BAD_PLATFORM`: a requested platform is not `os/architecture[/variant]`.
 */
export type ImageSubjectCode = 'SUBJECT_MISSING' | 'PLATFORMS' | 'BAD_PLATFORM';

/** A refusal of the image itself; `problems` holds every reason found, one a line in the message. */
export class ImageSubjectError extends BaseError<ImageSubjectCode> {
  constructor(
    code: ImageSubjectCode,
    readonly problems: string[],
  ) {
    super(code, problems.length === 1 ? problems[0] : problems.map((p) => `- ${p}`).join('\n'));
    this.name = 'ImageSubjectError';
  }
}
