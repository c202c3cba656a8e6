import { Component, type ReactNode } from 'react';

interface Props {
  fallback(error: Error, reset: () => void): ReactNode;
  children: ReactNode;
}

/** Keeps a section's crash inside the section: the shell and the other sections carry on. */
export class SectionErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('section crashed', error);
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, () => this.setState({ error: null })) : this.props.children;
  }
}
