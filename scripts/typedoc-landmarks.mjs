/**
 * TypeDoc plugin (typedoc.json `plugin`): gives every page of the site the landmarks that
 * TypeDoc 0.28's default theme leaves out, so that all content sits in a landmark (axe-core's
 * rules `landmark-one-main` and `region`): the content column becomes the page's main landmark
 * and the right-hand menu (settings, the page's contents) a labelled complementary one. Only
 * attributes are added; the theme's markup and styles are otherwise untouched.
 */
import { PageEvent } from 'typedoc';

/** The opening tags given a role, and the roles. */
const LANDMARKS = [
  ['<div class="col-content">', '<div class="col-content" role="main">'],
  [
    '<div class="page-menu">',
    '<div class="page-menu" role="complementary" aria-label="This page">',
  ],
];

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    for (const [tag, withRole] of LANDMARKS) {
      if (!page.contents?.includes(tag)) {
        app.logger.warn(`typedoc-landmarks: ${page.url} has no ${tag}; the theme changed`);
        continue;
      }
      page.contents = page.contents.replace(tag, withRole);
    }
  });
}
