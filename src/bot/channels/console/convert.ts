import type { RenderedMessage } from '../../../flows/message.js';

/** A terminal has no buttons: choices become a numbered list the person answers by number or name. */
export function toConsoleText(rendered: RenderedMessage): string {
  const lines = [rendered.text];
  rendered.choices.forEach((choice, index) => {
    lines.push(`  ${index + 1}. ${choice.title}${choice.description ? ` — ${choice.description}` : ''}`);
  });
  return lines.join('\n');
}
