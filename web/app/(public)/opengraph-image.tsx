import { ImageResponse } from 'next/og';

// The image shown when a public page is shared; drawn at build time (static), no font fetched.
export const alt = 'CAPITUNE — votre dossier d’immigration, un consultant réglementé, une communauté et des Live';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

export default function OpengraphImage() {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 80, background: '#1836a8', color: '#ffffff' }}>
        <div style={{ fontSize: 88, fontWeight: 700, letterSpacing: -2 }}>CAPITUNE</div>
        <div style={{ marginTop: 24, fontSize: 44, lineHeight: 1.25, maxWidth: 980 }}>
          Préparez votre dossier d’immigration avec un consultant réglementé, une communauté et des Live.
        </div>
      </div>
    ),
    size,
  );
}
