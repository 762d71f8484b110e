// Tailwind CSS 4 runs as a single PostCSS plugin (no tailwind.config: the theme lives in app/globals.css).
export default { plugins: { '@tailwindcss/postcss': {} } };
