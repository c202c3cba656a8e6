export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as written next to the bar, in the reader's language. */
  shown: string;
  /** What a screen reader hears for the bar. */
  description: string;
}

/**
 * Horizontal bars on a 0-`max` scale as plain SVG: the chart is a labelled group, each bar an
 * image with its own aria-label; callers show the same numbers in a table next to it.
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max: number }) {
  const rowHeight = 38;
  const labelWidth = 8;
  const width = 360;
  const height = bars.length * rowHeight + 20;
  return (
    <figure className="lr-barchart">
      <svg
        role="group"
        aria-label={title}
        viewBox={`0 0 ${width + 50} ${height}`}
        width="100%"
        style={{ maxWidth: 520 }}
      >
        {[0, 1, 2, 3, 4, 5].map((tick) => {
          const x = labelWidth + (tick / max) * width;
          return (
            <g key={tick} aria-hidden="true">
              <line x1={x} x2={x} y1={0} y2={height - 16} stroke="#ccd4dc" />
              <text x={x} y={height - 4} fontSize="10" textAnchor="middle" fill="#3d4a57">
                {tick}
              </text>
            </g>
          );
        })}
        {bars.map((bar, i) => (
          <g key={bar.key} role="img" aria-label={bar.description}>
            <text x={labelWidth + 2} y={i * rowHeight + 12} fontSize="11" fill="#1b2733" aria-hidden="true">
              {bar.label}
            </text>
            <rect
              x={labelWidth}
              y={i * rowHeight + 16}
              width={Math.max(1, (bar.value / max) * width)}
              height={14}
              fill="#0b5cab"
            />
            <text
              x={labelWidth + (bar.value / max) * width + 4}
              y={i * rowHeight + 27}
              fontSize="11"
              fill="#1b2733"
              aria-hidden="true"
            >
              {bar.shown}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
