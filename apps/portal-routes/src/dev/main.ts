// Standalone development: the section in a small frame with its own sign-in.
import('@lr/portal-dev-frame').then(async ({ mountDevFrame }) => {
  const { default: section } = await import('../module');
  mountDevFrame(section, import.meta.env.VITE_API_URL);
});
