// Standalone development: the section in a small frame with its own sign-in.
import('@lr/portal-dev-frame').then(({ mountDevFrame }) =>
  mountDevFrame(() => import('../module'), import.meta.env.VITE_API_URL),
);
