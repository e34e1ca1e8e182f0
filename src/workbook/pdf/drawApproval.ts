/**
 * « Vu et approuvé »: the title, the place and date lines, then one signature box per
 * party, two per row, each with the party's role and name at the top and room to sign
 * and stamp. A box never splits across pages.
 */
import type { ApprovalBlock } from '../../engine';
import { GREY, RULE, type PageFlow, type TextStyle } from './pageFlow';
import { LEADING, MARGIN, SIZE, TEXT_WIDTH } from './pdfPage';

const BOX_HEIGHT = 92;
const GUTTER = 14;
const TITLE: TextStyle = { size: SIZE.heading, bold: true };
const TEXT: TextStyle = { size: SIZE.paragraph };
const ROLE: TextStyle = { size: SIZE.cell, color: GREY };
const NAME: TextStyle = { size: SIZE.cell, bold: true };
const HINT: TextStyle = { size: SIZE.detail, color: GREY };

/** Draws the approval block from the cursor. */
export function drawApproval(flow: PageFlow, approval: ApprovalBlock): void {
  flow.room(TITLE.size * 3 + BOX_HEIGHT);
  flow.line(approval.title, MARGIN.left, flow.y, TITLE);
  flow.y -= TITLE.size * 1.8;
  flow.flowText(`${approval.place}, ${approval.date}`, TEXT_WIDTH, TEXT);
  flow.y -= TEXT.size;
  const width = (TEXT_WIDTH - GUTTER) / 2;
  for (let k = 0; k < approval.parties.length; k += 2) {
    flow.room(BOX_HEIGHT + GUTTER);
    approval.parties.slice(k, k + 2).forEach((party, i) => {
      const x = MARGIN.left + i * (width + GUTTER);
      flow.page.drawRectangle({
        x,
        y: flow.y - BOX_HEIGHT,
        width,
        height: BOX_HEIGHT,
        borderColor: RULE,
        borderWidth: 0.6,
      });
      flow.line(party.role, x + 6, flow.y - 6, ROLE);
      flow
        .wrap(party.name, width - 12, NAME)
        .slice(0, 2)
        .forEach((line, n) =>
          flow.line(line, x + 6, flow.y - 6 - (n + 1) * NAME.size * LEADING, NAME),
        );
      flow.line('Signature et cachet', x + 6, flow.y - BOX_HEIGHT + 6 + HINT.size, HINT);
    });
    flow.y -= BOX_HEIGHT + GUTTER;
  }
}
