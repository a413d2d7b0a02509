import { mountPage } from '../../components/mount';
import { BackgroundStatus } from '../../components/BackgroundStatus';

function Popup() {
  return (
    <main>
      <h1>screen-pop</h1>
      <BackgroundStatus />
    </main>
  );
}

mountPage(<Popup />);
