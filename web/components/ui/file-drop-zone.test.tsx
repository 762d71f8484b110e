import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileDropZone } from './file-drop-zone';

const rules = { accept: ['image/png', 'image/jpeg'], maxBytes: 1024 };
const png = (size = 100, name = 'photo.png') => new File([new Uint8Array(size)], name, { type: 'image/png' });

function setup() {
  const onFiles = vi.fn();
  const view = render(<FileDropZone label="Photo de profil" {...rules} onFiles={onFiles} />);
  const input = view.container.querySelector('input[type="file"]') as HTMLInputElement;
  return { onFiles, input };
}

describe('FileDropZone', () => {
  it('offers a button that keyboard users reach and that opens the file picker', async () => {
    const { input } = setup();
    const openPicker = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Choisir un fichier' });
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    expect(openPicker).toHaveBeenCalledTimes(1);
  });

  it('keeps the hidden input out of the tab order (one stop, the button)', async () => {
    const { input } = setup();
    expect(input.tabIndex).toBe(-1);
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(document.activeElement).not.toBe(input);
  });

  it('hands over a file chosen through the picker', async () => {
    const { input, onFiles } = setup();
    const file = png();
    await userEvent.upload(input, file);
    expect(onFiles).toHaveBeenCalledWith([file]);
  });

  it('also accepts a dropped file', () => {
    const { onFiles } = setup();
    const file = png();
    const zone = screen.getByText('Glissez-déposez ici, ou').parentElement as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onFiles).toHaveBeenCalledWith([file]);
  });

  it('refuses a wrong type or an oversized file with a message, without calling back', async () => {
    const { input, onFiles } = setup();
    await userEvent.upload(input, new File(['x'], 'cv.pdf', { type: 'application/pdf' }), { applyAccept: false });
    expect(screen.getByRole('alert').textContent).toContain('« cv.pdf » : format non accepté.');
    await userEvent.upload(input, png(2048, 'grande.png'));
    expect(screen.getByRole('alert').textContent).toContain('« grande.png » : fichier trop volumineux');
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('states the accepted formats and size next to the button', () => {
    setup();
    const button = screen.getByRole('button', { name: 'Choisir un fichier' });
    const hint = document.getElementById(button.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe('Formats acceptés : PNG, JPEG. Taille maximale : 1\u00A0Ko.');
  });
});
