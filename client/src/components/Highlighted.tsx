import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/**
 * A search highlight from the server (text HTML-escaped, matched words in <em>) rendered without innerHTML:
 * only the <em> markers become elements, everything else stays text.
 */
export function Highlighted({ html }: { html: string }) {
  const parts = html.split(/(<em>.*?<\/em>)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<em>') ? (
          <mark key={i} className="hit">
            {decode(part.slice(4, -5))}
          </mark>
        ) : (
          <Fragment key={i}>{decode(part)}</Fragment>
        ),
      )}
    </>
  );
}
