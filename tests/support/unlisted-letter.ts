/**
 * A letter whose list names seventy organizations and ends "…and 40 more organizations", while its text claims
 * "over 100": the claim holds only when the organizations not listed by name are counted too.
 */
export function letterWithUnlisted(more = 40): string {
  const places = [
    'Berlin',
    'Lagos',
    'Lima',
    'Manila',
    'Nairobi',
    'Oslo',
    'Quito',
    'Seoul',
    'Tunis',
    'Warsaw',
  ];
  const kinds = [
    'Digital Rights Network',
    'Free Press Union',
    'Open Data Lab',
    'Privacy Project',
    'Tenants Association',
    'Library Guild',
    'Teachers Forum',
  ];
  const names = places.flatMap((place) => kinds.map((kind) => `${place} ${kind}`));
  return [
    'Protect encryption now',
    '',
    'Dear Minister,',
    '',
    'We, over 100 organisations, urge you to protect encryption.',
    '',
    'Signed,',
    '',
    ...names,
    `…and ${more} more organizations`,
  ].join('\n');
}
