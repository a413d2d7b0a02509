import type { ContactSummary, LabeledValue, OrganizationSummary } from '../../lib/lookup/contact-summary';

function Lines({ lines, testId }: { lines: LabeledValue[]; testId: string }) {
  if (!lines.length) return null;
  return (
    <dl class="lines" data-testid={testId}>
      {lines.map((line) => (
        <div key={`${line.label}:${line.value}`}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link to an address from the API: always http(s) (see lib/lookup/safe-url.ts), opened outside the popup. */
function ExternalLink({ href, children, testId }: { href: string; children: string; testId?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
    </a>
  );
}

export function OrganizationView({ org }: { org: OrganizationSummary }) {
  return (
    <section aria-labelledby="org-heading" class="org" data-testid="organization">
      <h3 id="org-heading" data-testid="org-name">
        {org.name}
      </h3>
      {org.industry && (
        <p class="muted" data-testid="org-industry">
          {org.industry}
        </p>
      )}
      <Lines lines={org.phone ? [{ label: 'Phone', value: org.phone }] : []} testId="org-phones" />
      {org.websites.map((site) => (
        <p key={site}>
          <ExternalLink href={site} testId="org-website">
            {site}
          </ExternalLink>
        </p>
      ))}
      {org.address && <p class="address">{org.address}</p>}
    </section>
  );
}

/** Everything the popup knows about a contact: plain text, links only to http(s) addresses. */
export function ContactView({ contact }: { contact: ContactSummary }) {
  return (
    <div class="contact" data-testid="contact">
      <h2 data-testid="contact-name">{contact.name}</h2>
      {contact.title && (
        <p class="muted" data-testid="contact-title">
          {contact.title}
        </p>
      )}
      <Lines lines={contact.phones} testId="contact-phones" />
      <Lines lines={contact.emails} testId="contact-emails" />
      <Lines lines={contact.social} testId="contact-social" />
      {contact.address && (
        <p class="address" data-testid="contact-address">
          {contact.address}
        </p>
      )}
      {contact.externalSystemUrl && (
        <p>
          <ExternalLink href={contact.externalSystemUrl}>Open in CRM</ExternalLink>
        </p>
      )}
    </div>
  );
}
