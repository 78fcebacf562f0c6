/// <reference types="astro/client" />
/**
 * Which top-level sections this build has a page for. Sections built by
 * other parts of the project (search, phrases, …) are linked only when
 * their page exists, so no build carries a dead link.
 */
const pages = Object.keys(
  import.meta.glob(['../pages/*/index.astro', '../pages/*/\\[...page\\].astro', '../pages/*.astro']),
);

/** Whether the section `search/` (or `''` for home) has a page in this build. */
export function hasPage(section: string): boolean {
  const name = section.replace(/\/$/, '');
  return (
    name === '' ||
    [`../pages/${name}/index.astro`, `../pages/${name}/[...page].astro`, `../pages/${name}.astro`].some((page) =>
      pages.includes(page),
    )
  );
}
