/** Colours a person can pick for their cursor and name; each has a name for screen readers. */
export const PROFILE_COLOURS: readonly { value: string; name: string }[] = [
  { value: '#2563eb', name: 'Blue' },
  { value: '#0f766e', name: 'Teal' },
  { value: '#15803d', name: 'Green' },
  { value: '#b45309', name: 'Amber' },
  { value: '#c2410c', name: 'Orange' },
  { value: '#be123c', name: 'Red' },
  { value: '#a21caf', name: 'Magenta' },
  { value: '#6d28d9', name: 'Violet' },
];
