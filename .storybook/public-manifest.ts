/** The custom-elements manifest as the docs pages should show it: the public API only. */
type Member = { privacy?: string; name: string };
type Declaration = { members?: Member[] };
type Manifest = { modules: { declarations?: Declaration[] }[] };

export function publicManifest<T>(manifest: T): T {
  const copy = structuredClone(manifest) as unknown as Manifest;
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter((m) => (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_') && !m.name.endsWith('_'));
    }
  }
  return copy as unknown as T;
}
