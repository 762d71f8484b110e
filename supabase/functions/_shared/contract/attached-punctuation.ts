/**
 * Text the app did not write (a member's post, a title the database composed) often has an
 * ordinary space before « ? » or « : », which lets a line break right before the sign. As shown
 * (the web app's screens, the French emails),
 * that space becomes a no-break space (U+00A0, the same width): ? ! : ; » stay with the word before
 * them, and « with the word after it. The stored text is left as it is.
 */
export function attachPunctuation(text: string): string {
  return text.replace(/ (?=[?!:;»])/g, '\u00A0').replace(/« /g, '«\u00A0');
}
