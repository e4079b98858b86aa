import { randomUUID } from 'node:crypto';
import { dateToDay, dayToDate } from '../../core/diary.js';
import type { CreatedShare, ShareLink } from '../../core/contracts/index.js';
import type { AccountContext } from '../auth/context.js';
import { randomToken, tokenHash } from '../auth/tokens.js';
import type { DiaryService } from '../diary/diary.service.js';
import { ApiError } from '../errors.js';
import { ShareRepository, type ShareLinkRecord } from './share.repository.js';
import { buildSummary, type SummarySection } from './summary.js';

export interface ShareRequest {
  sections: SummarySection[];
  from?: string;
  to?: string;
  expiresInDays?: number;
  /** Name or initials to show on the summary; empty or missing for none. */
  name?: string;
}

/** Where the request to make a link came from. */
export interface LinkOrigin {
  /** The request came from this computer (127.0.0.0/8 or ::1). */
  loopback: boolean;
}

function publicView(link: ShareLinkRecord, now: Date): ShareLink {
  return {
    id: link.id,
    sections: link.sections,
    from: link.fromDate,
    to: link.toDate,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    name: link.displayName,
    active: link.revokedAt === null && Date.parse(link.expiresAt) > now.getTime(),
  };
}

/** Read-only links to a summary: random token (only its hash is kept), expiring, revocable. */
export class ShareService {
  private readonly repo: ShareRepository;

  constructor(private readonly ctx: AccountContext, private readonly diary: DiaryService) {
    this.repo = new ShareRepository(ctx.database.db);
  }

  async create(userId: string, request: ShareRequest, from: LinkOrigin): Promise<CreatedShare> {
    const now = this.ctx.clock();
    const range = this.diary.resolveRange(request);
    // Pinned now: an assessment saved after this link is made never shows through it.
    const assessmentId = await this.diary.latestAssessmentId(userId);
    const days = request.expiresInDays ?? this.ctx.settings.shareDefaultDays;
    const link: ShareLinkRecord = {
      id: randomUUID(),
      userId,
      sections: request.sections,
      fromDate: dayToDate(range.fromDay),
      toDate: dayToDate(range.toDay),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
      revokedAt: null,
      assessmentId,
      displayName: request.name ? request.name : null,
    };
    const token = randomToken();
    await this.repo.insert(link, tokenHash(token));
    // The token is shown once: it is not stored, so it cannot be shown again.
    const path = `/share/${token}`;
    return {
      ...publicView(link, now),
      token,
      path,
      apiPath: `/api/shared/${token}`,
      // PUBLIC_URL says where others reach this server; without it the browser's own address is used.
      url: this.ctx.publicUrl === undefined ? null : `${this.ctx.publicUrl}${path}`,
      // Without PUBLIC_URL a link made from this computer points at it: nobody else can open it.
      onlyThisComputer: this.ctx.publicUrl === undefined && from.loopback,
    };
  }

  async list(userId: string): Promise<ShareLink[]> {
    const now = this.ctx.clock();
    return (await this.repo.listForUser(userId)).map((link) => publicView(link, now));
  }

  async revoke(userId: string, id: string): Promise<void> {
    if (!(await this.repo.revoke(userId, id, this.ctx.clock().toISOString()))) throw new ApiError('not_found', 'No such share link.');
  }

  /** The summary behind a token; one answer for unknown, expired and revoked links. */
  async open(token: string) {
    const now = this.ctx.clock();
    const link = await this.repo.findLiveByTokenHash(tokenHash(token), now.toISOString());
    if (!link) throw new ApiError('not_found', 'This share link does not exist, has expired, or was revoked.');
    const summary = await buildSummary(
      this.diary,
      link.userId,
      link.sections as SummarySection[],
      { fromDay: dateToDay(link.fromDate), toDay: dateToDay(link.toDate) },
      now,
      { pinnedAssessmentId: link.assessmentId, sharedAt: link.createdAt, displayName: link.displayName },
    );
    return { ...summary, expiresAt: link.expiresAt };
  }
}
