// An asynchronous boundary: shared singletons (React…) are negotiated before any of them loads.
import('./bootstrap');
