document.documentElement.setAttribute('data-js','');try{if(localStorage.getItem('dazi')==='1')document.documentElement.setAttribute('data-dazi','')}catch(e){}
