import('./dev-frame');
