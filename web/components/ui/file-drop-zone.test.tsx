import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WithMessages } from '@/test/render-with-app';
import { FileDropZone } from './file-drop-zone';

const rules = { accept: ['image/png', 'image/jpeg'], maxBytes: 1024 };
const png = (size = 100, name = 'photo.png') => new File([new Uint8Array(size)], name, { type: 'image/png' });

function setup(locale: 'fr-CA' | 'en-CA' = 'fr-CA') {
  const onFiles = vi.fn();
  const view = render(<WithMessages locale={locale}><FileDropZone label="Photo de profil" {...rules} onFiles={onFiles} /></WithMessages>);
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
    expect(screen.getByRole('alert').textContent).toContain('«\u202Fcv.pdf\u202F»\u202F: format non accepté.');
    await userEvent.upload(input, png(2048, 'grande.png'));
    expect(screen.getByRole('alert').textContent).toContain('«\u202Fgrande.png\u202F»\u202F: fichier trop volumineux');
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('states the accepted formats and size next to the button', () => {
    setup();
    const button = screen.getByRole('button', { name: 'Choisir un fichier' });
    const hint = document.getElementById(button.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe('Formats acceptés\u202F: PNG, JPEG. Taille maximale\u202F: 1\u00A0Ko.');
  });

  it('speaks English to an English reader, sizes in MB and KB', async () => {
    const { input } = setup('en-CA');
    const button = screen.getByRole('button', { name: 'Choose a file' });
    const hint = document.getElementById(button.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(hint?.textContent).toBe('Accepted formats: PNG, JPEG. Maximum size: 1\u00A0KB.');
    expect(screen.getByText('Drag and drop here, or')).toBeTruthy();
    await userEvent.upload(input, png(2048, 'big.png'));
    expect(screen.getByRole('alert').textContent).toBe('“big.png”: the file is too large (2\u00A0KB; maximum 1\u00A0KB).');
  });
});
