// Small inline SVG icons (no icon font, nothing inline that the CSP would block). Decorative: the words
// beside them carry the meaning, so they are hidden from screen readers.
const PATHS = {
  alert: 'M12 2 L23 21 H1 Z M11 9 V14 H13 V9 Z M11 16 V18 H13 V16 Z',
  urgent: 'M12 2 A10 10 0 1 0 12.01 2 Z M11 6 V13 H13 V6 Z M11 15 V17 H13 V15 Z',
  doctor: 'M10 3 H14 V10 H21 V14 H14 V21 H10 V14 H3 V10 H10 Z',
  ok: 'M12 2 A10 10 0 1 0 12.01 2 Z M10.5 14.6 L7.4 11.5 L6 12.9 L10.5 17.4 L18 9.9 L16.6 8.5 Z',
  stop: 'M8 2 H16 L22 8 V16 L16 22 H8 L2 16 V8 Z M8 11 V13 H16 V11 Z',
  play: 'M7 4 L20 12 L7 20 Z',
  pause: 'M6 4 H10 V20 H6 Z M14 4 H18 V20 H14 Z',
  skip: 'M5 4 L15 12 L5 20 Z M16 4 H19 V20 H16 Z',
  phone: 'M6.6 10.8 A15 15 0 0 0 13.2 17.4 L15.4 15.2 A1 1 0 0 1 16.4 15 A11.4 11.4 0 0 0 20 15.6 A1 1 0 0 1 21 16.6 V20 A1 1 0 0 1 20 21 A17 17 0 0 1 3 4 A1 1 0 0 1 4 3 H7.5 A1 1 0 0 1 8.5 4 A11.4 11.4 0 0 0 9.1 7.6 A1 1 0 0 1 8.8 8.6 Z',
  print: 'M6 2 H18 V8 H6 Z M4 9 H20 A2 2 0 0 1 22 11 V17 H18 V22 H6 V17 H2 V11 A2 2 0 0 1 4 9 Z M8 15 V20 H16 V15 Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName; class?: string }) {
  return (
    <svg class={`icon ${props.class ?? ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[props.name]} fill-rule="evenodd" />
    </svg>
  );
}
