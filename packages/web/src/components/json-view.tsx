/** Before/after snapshots as indented JSON. */
export function JsonView({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span style={{ color: '#999' }}>—</span>;
  return (
    <pre
      style={{
        margin: 0,
        fontSize: 12,
        background: 'rgba(0,0,0,0.03)',
        padding: 8,
        borderRadius: 4,
        maxHeight: 320,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
