import type { Section, StatementRole } from '@/utils/knowledge/types';
import { Figure } from './Figure';
import { SourceChips } from './SourceChips';

const ROLE_LABEL: Record<StatementRole, string | null> = {
  fact: null,
  myth: 'A common claim',
  why: 'Why it misleads',
  note: 'Good to know',
};

/** One knowledge section, statements in the pack's (Debunking Handbook) order, each with its sources. */
export function SectionView({ section }: { section: Section }) {
  const headingId = `gl-section-${section.id}`;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.title}</h3>
      {section.figure ? <Figure id={section.figure} /> : null}
      {section.statements.map((statement, i) => (
        <div class={`statement role-${statement.role}`} key={i}>
          <p>
            {ROLE_LABEL[statement.role] ? <strong class="role">{ROLE_LABEL[statement.role]}: </strong> : null}
            {statement.text}
          </p>
          <SourceChips sources={statement.sources} />
        </div>
      ))}
    </section>
  );
}
