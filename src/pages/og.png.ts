// /og.png: the share-card image that every page names in og:image (src/components/Head.astro), drawn at build time.
import type { APIRoute } from 'astro';
import { siteImagePng } from '../lib/core/site-image.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(siteImagePng()), { headers: { 'content-type': 'image/png' } });
