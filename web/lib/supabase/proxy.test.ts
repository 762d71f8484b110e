// @vitest-environment node
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { pagePath } from './proxy';

describe('pagePath', () => {
  it('keeps the page query for `next` but drops the RSC cache-busting parameter', () => {
    const request = new NextRequest('http://localhost:3000/dossiers/42?onglet=documents&_rsc=1x2y3');
    expect(pagePath(request)).toBe('/dossiers/42?onglet=documents');
  });

  it('gives the bare path when only `_rsc` was there', () => {
    expect(pagePath(new NextRequest('http://localhost:3000/accueil?_rsc=abc'))).toBe('/accueil');
  });
});
